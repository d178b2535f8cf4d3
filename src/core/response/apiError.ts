/**
 * The typed error model: everything that can go wrong between a valid request and a usable answer, each with a
 * message a person can act on. v2 problems (RFC 7807) and v1.1 `{errors:[{code,message}]}` are both understood.
 */
import type { RateLimitInfo } from './rateLimit';
import { formatDuration, secondsUntilReset } from './rateLimit';

/** An RFC 7807 problem as the v2 API sends it, at the top level or inside `errors`. */
export interface Problem {
  readonly type?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly status?: number;
  readonly value?: string;
  readonly parameter?: string;
  readonly resource_id?: string;
  readonly resource_type?: string;
  readonly [extra: string]: unknown;
}

/** A v1.1 error entry. */
export interface V1Error {
  readonly code: number;
  readonly message: string;
}

export type ApiErrorKind =
  /** The input broke a rule; nothing was sent. */
  | 'invalid-input'
  /** DNS, refused or reset connection, TLS. */
  | 'network'
  /** Connect, headers or body took longer than allowed. */
  | 'timeout'
  /** Cancelled by the caller. */
  | 'aborted'
  /** The body exceeded the size cap. */
  | 'body-too-large'
  /** The body is not the JSON it should be (HTML error page, truncated JSON). */
  | 'invalid-body'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  /** 429: the window is spent; `rateLimit.reset` says when it renews. */
  | 'rate-limited'
  /** 402: the pay-per-use account has no credits left. */
  | 'out-of-credits'
  /** 200 whose body has only `errors`: the request was fine, the resource was not. */
  | 'resource-errors'
  /** Another 4xx. */
  | 'client-error'
  /** 5xx, after the retries. */
  | 'server-error';

/** A failed lookup, with what the server said when it said anything. */
export interface ApiError {
  readonly kind: ApiErrorKind;
  /** One or two sentences for a person; never contains a secret. */
  readonly message: string;
  readonly status?: number;
  readonly problems?: readonly Problem[];
  readonly v1Errors?: readonly V1Error[];
  readonly rateLimit?: RateLimitInfo;
  /** Whether the same request may succeed later unchanged. */
  readonly retryable: boolean;
}

const V1_MEANINGS: Readonly<Record<number, string>> = {
  32: 'could not authenticate you',
  34: 'no such page or resource',
  88: 'rate limit exceeded',
  89: 'invalid or expired token',
  99: 'unable to verify your credentials',
  135: 'the request timestamp is out of bounds (check the system clock)',
  215: 'bad authentication data',
  220: 'these credentials are not allowed for this resource',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The v2 problems in a body: its `errors` array, or the body itself when it is a problem. */
export function problemsOf(body: unknown): Problem[] {
  if (!isRecord(body)) return [];
  const errors = body.errors;
  if (Array.isArray(errors)) {
    const problems = errors.filter((e): e is Problem => isRecord(e) && (typeof e.title === 'string' || typeof e.type === 'string' || typeof e.detail === 'string'));
    if (problems.length > 0) return problems;
  }
  // An invalid-request problem is itself the body, with plain {message, parameters} entries under `errors`.
  if (typeof body.title === 'string' || typeof body.type === 'string') return [body as Problem];
  return [];
}

/** The v1.1 errors in a body, `{"errors":[{"code":N,"message":"..."}]}`. */
export function v1ErrorsOf(body: unknown): V1Error[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) return [];
  return body.errors.filter((e): e is V1Error => isRecord(e) && typeof e.code === 'number' && typeof e.message === 'string');
}

/** One line per problem: "Not Found Error: Could not find user with username: [x]." */
export function describeProblem(problem: Problem): string {
  const title = problem.title ?? shortType(problem.type) ?? 'Problem';
  const detail = problem.detail && problem.detail !== title ? `: ${problem.detail}` : '';
  const nested = Array.isArray(problem.errors)
    ? (problem.errors as unknown[])
        .filter(isRecord)
        .map((e) => (typeof e.message === 'string' ? e.message : ''))
        .filter(Boolean)
    : [];
  return nested.length > 0 ? `${title}${detail} (${nested.join('; ')})` : `${title}${detail}`;
}

export function describeV1Error(error: V1Error): string {
  const meaning = V1_MEANINGS[error.code];
  return meaning && meaning.toLowerCase() !== error.message.toLowerCase()
    ? `error ${error.code}: ${error.message} (${meaning})`
    : `error ${error.code}: ${error.message}`;
}

function shortType(type: string | undefined): string | undefined {
  if (!type || type === 'about:blank') return undefined;
  return type.slice(type.lastIndexOf('/') + 1);
}

const KIND_BY_STATUS: Readonly<Record<number, ApiErrorKind>> = {
  401: 'unauthorized',
  402: 'out-of-credits',
  403: 'forbidden',
  404: 'not-found',
  429: 'rate-limited',
};

/**
 * The error for a non-success HTTP answer, or for a 200 whose body carries only `errors`. `body` is the parsed JSON
 * or undefined when it was not JSON; `text` is the raw body for a snippet in that case.
 */
export function errorFromResponse(
  status: number,
  body: unknown,
  text: string,
  rateLimit: RateLimitInfo | undefined,
  nowMs: number,
): ApiError {
  const problems = problemsOf(body);
  const v1Errors = v1ErrorsOf(body);
  const said = v1Errors.length > 0
    ? v1Errors.map(describeV1Error).join('; ')
    : problems.length > 0
      ? problems.map(describeProblem).join('; ')
      : body === undefined
        ? snippet(text)
        : isRecord(body) && typeof body.title === 'string' ? body.title : '';
  const base = { status, rateLimit, problems: problems.length ? problems : undefined, v1Errors: v1Errors.length ? v1Errors : undefined };
  if (status >= 200 && status < 300) {
    return { ...base, kind: 'resource-errors', retryable: false, message: `HTTP ${status} with errors and no data: ${said}` };
  }
  const kind: ApiErrorKind = KIND_BY_STATUS[status] ?? (status >= 500 ? 'server-error' : 'client-error');
  switch (kind) {
    case 'rate-limited': {
      const wait = rateLimit ? `; the window resets in ${formatDuration(secondsUntilReset(rateLimit, nowMs))}` : '';
      return { ...base, kind, retryable: true, message: `HTTP 429 Too Many Requests: rate limit reached${wait}` };
    }
    case 'out-of-credits':
      return {
        ...base, kind, retryable: false,
        message: `HTTP 402: the account is out of pay-per-use credits${said ? ` (${said})` : ''}; add credits in the developer console`,
      };
    case 'unauthorized':
      return { ...base, kind, retryable: false, message: `HTTP 401 Unauthorized: the credentials were not accepted${said && said !== 'Unauthorized' ? ` (${said})` : ''}` };
    default:
      return {
        ...base, kind, retryable: kind === 'server-error',
        message: `HTTP ${status}${said ? `: ${said}` : ''}`,
      };
  }
}

/** The start of a body that is not JSON, on one line, for an error message. */
export function snippet(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return 'an empty body';
  return flat.length > max ? `${flat.slice(0, max)}...` : flat;
}

// X's own problem type URIs (2.166 spells the host api.twitter.com, 2.167 api.x.com); nothing else is linked.
const X_PROBLEM_TYPE = /^https:\/\/api\.(?:x|twitter)\.com\/2\/problems\/[a-z][a-z0-9-]*$/;

/**
 * The problem's `type` when it is one of X's problem URIs, fit to be a link; undefined for anything else a server
 * might put there (a look-alike host, another scheme, a query string), which is then shown only as text.
 */
export function xProblemTypeUrl(type: unknown): string | undefined {
  return typeof type === 'string' && X_PROBLEM_TYPE.test(type) ? type : undefined;
}
