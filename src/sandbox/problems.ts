/** The error bodies X sends, built the way they appear on the wire (see CONTRACTS.md, "Seen on the wire"). */
import { MAX_PROBLEMS } from './limits';
import type { Json } from './data/model';

export type ProblemBody = { readonly [key: string]: Json };

/**
 * Problem `type` URIs moved host in spec 2.167 (`api.twitter.com` to `api.x.com`). The live API is seen sending the
 * old host; the sandbox picks one host when it starts and keeps it for every answer (see `SandboxOptions`).
 */
export type ProblemTypeHost = 'api.twitter.com' | 'api.x.com';

export const DEFAULT_PROBLEM_TYPE_HOST: ProblemTypeHost = 'api.twitter.com';

export function problemBase(host: ProblemTypeHost): string {
  return `https://${host}/2/problems/`;
}

export function problem(base: string, kind: string, fields: ProblemBody): ProblemBody {
  return { ...fields, type: base + kind };
}

export const UNAUTHORIZED: ProblemBody = { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' };

/** X's bare 403, e.g. for an OAuth 2.0 token without a scope the endpoint needs. */
export const FORBIDDEN: ProblemBody = { title: 'Forbidden', type: 'about:blank', status: 403, detail: 'Forbidden' };

export const TOO_MANY_REQUESTS: ProblemBody = { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 };

/**
 * Refusals of X's edge, before any route or credential is looked at: the generic `about:blank` problem of the spec
 * (GenericProblem), shaped like the 401 and 429 seen on the wire.
 */
export const URI_TOO_LONG: ProblemBody = { title: 'URI Too Long', detail: 'URI Too Long', type: 'about:blank', status: 414 };

export const HEADERS_TOO_LARGE: ProblemBody = {
  title: 'Request Header Fields Too Large', detail: 'Request Header Fields Too Large', type: 'about:blank', status: 431,
};

export const BAD_REQUEST: ProblemBody = { title: 'Bad Request', detail: 'Bad Request', type: 'about:blank', status: 400 };

export const REQUEST_TIMEOUT: ProblemBody = { title: 'Request Timeout', detail: 'Request Timeout', type: 'about:blank', status: 408 };

export const CREDITS_DEPLETED: ProblemBody = { title: 'CreditsDepleted', detail: 'Your enrolled account does not have any credits' };

/** X's 400 body; the first MAX_PROBLEMS problems only, so a request with thousands of faults stays a small answer. */
export function invalidRequest(base: string, messages: readonly { message: string; parameters: Record<string, string[]> }[]): ProblemBody {
  return problem(base, 'invalid-request', {
    errors: messages.slice(0, MAX_PROBLEMS).map((m) => ({ parameters: m.parameters, message: m.message })),
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
  });
}

export function unsupportedAuthentication(base: string): ProblemBody {
  return problem(base, 'unsupported-authentication', {
    title: 'Unsupported Authentication',
    detail:
      'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',
    status: 403,
  });
}

export function notFound(base: string, parameter: string, value: string): ProblemBody {
  return problem(base, 'resource-not-found', {
    value,
    detail: `Could not find user with ${parameter}: [${value}].`,
    title: 'Not Found Error',
    resource_type: 'user',
    parameter,
    resource_id: value,
  });
}

export function suspended(base: string, parameter: string, value: string): ProblemBody {
  return problem(base, 'resource-not-found', {
    value,
    detail: `User has been suspended: [${value}].`,
    title: 'Forbidden',
    resource_type: 'user',
    parameter,
    resource_id: value,
  });
}

/** v1.1 error bodies by code. */
export const V1_MESSAGES: Readonly<Record<number, string>> = {
  32: 'Could not authenticate you.',
  34: 'Sorry, that page does not exist.',
  88: 'Rate limit exceeded',
  89: 'Invalid or expired token.',
  135: 'Timestamp out of bounds.',
  215: 'Bad Authentication data.',
  220: 'Your credentials do not allow access to this resource.',
};

export function v1Error(code: number): ProblemBody {
  return { errors: [{ code, message: V1_MESSAGES[code] ?? 'Unknown error' }] };
}
