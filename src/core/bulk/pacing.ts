/**
 * When a bulk lookup sends its next request, and what it does with an answer that is not a success. Pure: the clock's
 * reading comes in, a decision goes out, so every rule is tested without waiting.
 *
 * - Paced by X's `x-rate-limit-*` headers: while `remaining` is above 0 the next batch goes at once; when it reaches 0
 *   the runner waits for `reset` (plus a second's margin for clock skew) instead of sending into a spent window.
 * - A 429 anyway (another client shares the window): wait for its reset once, then try the batch again; a second 429
 *   for the same batch, or a reset further off than maxRateLimitWaitMs, stops the run. 429s are never collected in a
 *   loop.
 * - 5xx, dropped connections, timeouts and unreadable bodies: retried with exponential backoff (Retry-After honoured
 *   when the server gives one), at most maxAttempts per batch; then the run stops, resumable.
 * - Anything a retry cannot fix (401, 403, 402 out of credits, 400) stops the run at once: every further batch would
 *   get the same answer, and a 402 means money.
 */
import type { ApiErrorKind } from '../response/apiError';
import { secondsUntilReset, type RateLimitInfo } from '../response/rateLimit';

export interface PacingPolicy {
  /** Attempts per batch, the first included, for 5xx, network, timeout and unreadable bodies. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** The longest wait for a rate-limit window to reset; one further off stops the run (it can be resumed later). */
  readonly maxRateLimitWaitMs: number;
  /** Added to every wait for a reset: X's reset is in whole seconds and clocks drift. */
  readonly resetMarginMs: number;
  /**
   * Whether a spent window (`remaining` 0) holds the next batch back. Always true against X; false only against a
   * server known not to enforce its headers (the sandbox with enforceRateLimits off, in npm run bench).
   */
  readonly paceByHeaders: boolean;
}

export const DEFAULT_PACING: PacingPolicy = {
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRateLimitWaitMs: 15 * 60 * 1000 + 5_000,
  resetMarginMs: 1_000,
  paceByHeaders: true,
};

/** How long to wait before the next request, by the last answer's rate-limit headers: 0 unless the window is spent. */
export function waitBeforeNext(rateLimit: RateLimitInfo | undefined, nowMs: number, policy: PacingPolicy = DEFAULT_PACING): number {
  if (!rateLimit || rateLimit.remaining > 0 || !policy.paceByHeaders) return 0;
  return untilReset(rateLimit, nowMs, policy);
}

function untilReset(rateLimit: RateLimitInfo, nowMs: number, policy: PacingPolicy): number {
  return Math.max(0, rateLimit.reset * 1000 - nowMs) + policy.resetMarginMs;
}

/** What the runner knows of one attempt's answer. */
export interface AttemptSummary {
  readonly ok: boolean;
  /** The error's kind, when it failed. */
  readonly errorKind?: ApiErrorKind;
  readonly rateLimit?: RateLimitInfo;
  /** From a Retry-After header, when the server sent one. */
  readonly retryAfterMs?: number;
}

export type BatchVerdict =
  /** The batch is answered: a success, or a 200 that only lists the users as not found. */
  | { readonly kind: 'done' }
  /** Wait `delayMs`, then send the same batch again. */
  | { readonly kind: 'retry'; readonly delayMs: number; readonly reason: 'rate-limit' | 'server-error' | 'network' }
  /** End the run here; the batch stays pending, so Resume sends it again. */
  | { readonly kind: 'stop'; readonly reason: 'cancelled' | 'rate-limit' | 'retries-spent' | 'fatal' };

/**
 * Decides about the `attempt`-th (1-based) answer for one batch. `waitedForWindow`: a 429 of this batch was already
 * waited out once.
 */
export function judgeAttempt(
  summary: AttemptSummary, attempt: number, waitedForWindow: boolean, nowMs: number, policy: PacingPolicy = DEFAULT_PACING,
): BatchVerdict {
  if (summary.ok || summary.errorKind === 'resource-errors') return { kind: 'done' };
  switch (summary.errorKind) {
    case 'aborted':
      return { kind: 'stop', reason: 'cancelled' };
    case 'rate-limited': {
      if (waitedForWindow) return { kind: 'stop', reason: 'rate-limit' };
      if (summary.rateLimit) {
        const delayMs = untilReset(summary.rateLimit, nowMs, policy);
        return delayMs <= policy.maxRateLimitWaitMs ? { kind: 'retry', delayMs, reason: 'rate-limit' } : { kind: 'stop', reason: 'rate-limit' };
      }
      // A 429 without headers says nothing about when to come back: one long backoff, then give up.
      return { kind: 'retry', delayMs: policy.maxDelayMs, reason: 'rate-limit' };
    }
    case 'server-error':
    case 'network':
    case 'timeout':
    case 'invalid-body': {
      if (attempt >= policy.maxAttempts) return { kind: 'stop', reason: 'retries-spent' };
      const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      const delayMs = summary.retryAfterMs !== undefined ? Math.min(policy.maxDelayMs, summary.retryAfterMs) : exponential;
      return { kind: 'retry', delayMs, reason: summary.errorKind === 'server-error' ? 'server-error' : 'network' };
    }
    default:
      return { kind: 'stop', reason: 'fatal' };
  }
}

/** Seconds left in a wait, for a countdown ("resumes in 4 min 12 s"). */
export function secondsLeft(untilMs: number, nowMs: number): number {
  return secondsUntilReset({ reset: untilMs / 1000 }, nowMs);
}
