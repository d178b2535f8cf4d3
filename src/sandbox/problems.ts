/** The error bodies X sends, built the way they appear on the wire (see CONTRACTS.md, "Seen on the wire"). */
import type { Json } from './model';

export type ProblemBody = { readonly [key: string]: Json };

/** Problem `type` URIs moved host in spec 2.167. */
export function problemBase(vocabulary: '2.166' | '2.167'): string {
  return vocabulary === '2.167' ? 'https://api.x.com/2/problems/' : 'https://api.twitter.com/2/problems/';
}

export function problem(base: string, kind: string, fields: ProblemBody): ProblemBody {
  return { ...fields, type: base + kind };
}

export const UNAUTHORIZED: ProblemBody = { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' };

export const TOO_MANY_REQUESTS: ProblemBody = { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 };

export const CREDITS_DEPLETED: ProblemBody = { title: 'CreditsDepleted', detail: 'Your enrolled account does not have any credits' };

export function invalidRequest(base: string, messages: readonly { message: string; parameters: Record<string, string[]> }[]): ProblemBody {
  return problem(base, 'invalid-request', {
    errors: messages.map((m) => ({ parameters: m.parameters, message: m.message })),
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
