/** What a lookup yields: a usable answer (maybe with partial errors) or a typed failure. */
import type { ApiError, Problem } from './apiError';
import type { ValidationIssue } from '../request/lookupRequest';
import type { RateLimitInfo } from './rateLimit';

/** Facts about the exchange, present whenever a request went out. */
export interface Exchange {
  /** The URL requested; it never carries a secret (auth goes in the Authorization header). */
  readonly url: string;
  readonly method: 'GET';
  /** HTTP status of the last attempt, when one answered. */
  readonly status?: number;
  /** Response headers of the last attempt, lower-case names. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Wall time from the first attempt's start to the last byte, in milliseconds. */
  readonly durationMs: number;
  readonly rateLimit?: RateLimitInfo;
  /** Requests sent: 1, or more after retries. */
  readonly attempts: number;
}

export interface LookupSuccess extends Exchange {
  readonly ok: true;
  readonly status: number;
  /** The parsed body. v2 ids are strings already; the raw text is kept for exact display. */
  readonly body: unknown;
  readonly text: string;
  /** Partial errors that came beside `data` (users not found, suspended, ...). */
  readonly problems: readonly Problem[];
}

export interface LookupFailure extends Partial<Exchange> {
  readonly ok: false;
  readonly error: ApiError;
  /** The parsed body, when the server answered JSON. */
  readonly body?: unknown;
  readonly text?: string;
  /** For `invalid-input`: every broken rule, nothing having been sent. */
  readonly issues?: readonly ValidationIssue[];
}

export type LookupOutcome = LookupSuccess | LookupFailure;
