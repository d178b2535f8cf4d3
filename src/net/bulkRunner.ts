/**
 * Runs a bulk lookup (core/bulk/plan.ts) over the engine: one batch at a time, paced by X's rate-limit headers,
 * retried within bounds (core/bulk/pacing.ts), cancellable with an AbortSignal, and resumable from a progress record.
 * Each answered batch goes to a sink at once (a file writer, the merged document), so memory holds one batch, not the
 * whole run, and to an optional hook (the spend ledger) before the next batch is sent.
 *
 * Batches go one after another, not in parallel: X counts every request against one 15-minute window (300 per app,
 * 900 per user), so parallel requests reach the same limit no sooner and only make it harder to stop at `remaining`
 * 0 instead of collecting 429s; and against an unthrottled server a sequential run of 100 requests already costs
 * about what 100 bare undici calls do (npm run bench). Answers stay in batch order for free.
 */
import type { ApiError } from '../core/response/apiError';
import type { LookupOutcome } from '../core/response/outcome';
import type { PreparedRequest } from '../core/request/lookupRequest';
import type { RateLimitInfo } from '../core/response/rateLimit';
import { formatDuration } from '../core/response/rateLimit';
import { answerOfBody, countMissing, type BatchAnswer } from '../core/bulk/merge';
import { DEFAULT_PACING, judgeAttempt, waitBeforeNext, type PacingPolicy } from '../core/bulk/pacing';
import type { BulkPlan } from '../core/bulk/plan';
import {
  endRun, markBatchDone, newProgress, pendingBatches, progressMatches, withRequests, type BulkProgress, type BulkRunStatus,
} from '../core/bulk/progress';
import { systemClock, type Clock, type RetryPolicy, type SendOptions } from './httpClient';

/**
 * The HttpClient retry settings for an engine used in bulk: the runner does the retrying and the waiting itself (per
 * batch, with progress events), so the client under it should not retry as well.
 */
export const BULK_HTTP_RETRY: Partial<RetryPolicy> = { serverErrors: 0, maxRateLimitWaitMs: 0 };

/** What the runner needs of the engine: LookupEngine is one. */
export interface BulkSender {
  send(prepared: PreparedRequest, options?: SendOptions): Promise<LookupOutcome>;
}

/** One answered batch, as sinks and the ledger hook get it. */
export interface AnsweredBatch {
  readonly index: number;
  /** The values it asked for. */
  readonly values: readonly string[];
  readonly answer: BatchAnswer;
  /** Users returned (answer.data.length). */
  readonly found: number;
  /** Values reported not found or unavailable. */
  readonly notFound: number;
  /** HTTP status of the answer (200, normally). */
  readonly status: number | undefined;
}

/** Where answered batches go, in batch order; the runner awaits each write (backpressure). */
export interface BulkSink {
  write(batch: AnsweredBatch): Promise<void>;
}

export type BulkEvent =
  | { readonly type: 'start'; readonly batches: number; readonly pending: number; readonly users: number }
  /** Batch `index` is being sent (`attempt` 1, or more after a retry wait). */
  | { readonly type: 'send'; readonly index: number; readonly of: number; readonly attempt: number }
  /** Batch `index` was answered; `progress` is the record to keep for Resume. */
  | { readonly type: 'batch'; readonly index: number; readonly of: number; readonly found: number; readonly notFound: number; readonly progress: BulkProgress }
  /**
   * Waiting: for a rate-limit window to reset, or before a retry. Sent when the wait starts and then every
   * countdownStepMs with what is left, for a countdown.
   */
  | { readonly type: 'wait'; readonly reason: 'rate-limit' | 'retry'; readonly index: number; readonly remainingMs: number; readonly untilMs: number; readonly message: string }
  /** The run ended (complete, cancelled or stopped). */
  | { readonly type: 'end'; readonly status: Exclude<BulkRunStatus, 'running'>; readonly progress: BulkProgress; readonly message?: string };

export interface BulkRunOptions {
  readonly plan: BulkPlan;
  readonly engine: BulkSender;
  readonly sink?: BulkSink;
  /** A record from an earlier run of the same plan: its done batches are skipped. Another plan's record is refused. */
  readonly progress?: BulkProgress;
  readonly signal?: AbortSignal;
  /** Injectable, so pacing across a window is tested without waiting. */
  readonly clock?: Clock;
  readonly pacing?: Partial<PacingPolicy>;
  /** The rate limit last seen for this endpoint and account (a previous run's), so the first batch is paced too. */
  readonly rateLimit?: RateLimitInfo;
  readonly onEvent?: (event: BulkEvent) => void;
  /** Called with each answered batch before the next is sent (the spend ledger records here). */
  readonly onAnswered?: (batch: AnsweredBatch) => void | Promise<void>;
  /** How often a wait reports what is left of it; default 1 s. */
  readonly countdownStepMs?: number;
}

export interface BulkRunResult {
  readonly status: Exclude<BulkRunStatus, 'running'>;
  /** The record to keep: Resume passes it back with the same plan. */
  readonly progress: BulkProgress;
  /** Why the run stopped early (the last answer's error, or a pacing refusal); undefined when complete or cancelled. */
  readonly error?: ApiError;
  /** Batches answered in this run (not counting those of earlier runs). */
  readonly batchesAnswered: number;
  /** HTTP requests this run sent, retries included. */
  readonly requests: number;
  readonly durationMs: number;
  /** The last rate limit seen: pass it to the next run of the same endpoint and account. */
  readonly rateLimit?: RateLimitInfo;
}

/** Runs (or resumes) `plan`; never throws for an API or network failure: it ends the run and says why. */
export async function runBulk(options: BulkRunOptions): Promise<BulkRunResult> {
  const { plan, engine, signal } = options;
  const clock = options.clock ?? systemClock;
  const policy: PacingPolicy = { ...DEFAULT_PACING, ...options.pacing };
  const step = options.countdownStepMs ?? 1_000;
  const now = (): Date => new Date(clock.now());
  const emit = (event: BulkEvent): void => options.onEvent?.(event);
  if (options.progress && !progressMatches(plan, options.progress)) {
    throw new Error('This progress record belongs to another bulk lookup (other values, fields or endpoint); it cannot be resumed with this one.');
  }
  const started = clock.now();
  let progress: BulkProgress = options.progress ? { ...options.progress, status: 'running' } : newProgress(plan, now());
  let rateLimit = options.rateLimit;
  let requests = 0;
  let answered = 0;
  const of = plan.batches.length;
  const listParam = plan.kind === 'id' ? 'ids' : 'usernames';

  const finish = (status: Exclude<BulkRunStatus, 'running'>, message?: string, error?: ApiError): BulkRunResult => {
    progress = endRun(progress, status, now(), message);
    emit({ type: 'end', status: progress.status as Exclude<BulkRunStatus, 'running'>, progress, message });
    return {
      status: progress.status as Exclude<BulkRunStatus, 'running'>, progress, error: progress.status === 'stopped' ? error : undefined,
      batchesAnswered: answered, requests, durationMs: clock.now() - started, rateLimit,
    };
  };

  /** Waits `ms` in countdown steps; false when cancelled meanwhile. */
  const wait = async (ms: number, reason: 'rate-limit' | 'retry', index: number, why: string): Promise<boolean> => {
    const untilMs = clock.now() + ms;
    for (;;) {
      const remainingMs = untilMs - clock.now();
      if (remainingMs <= 0) return true;
      emit({ type: 'wait', reason, index, remainingMs, untilMs, message: `${why}; batch ${index + 1} of ${of} goes in ${formatDuration(remainingMs / 1000)}` });
      try {
        await clock.sleep(Math.min(step, remainingMs), signal);
      } catch {
        return false;
      }
    }
  };

  const pending = pendingBatches(plan, progress);
  emit({ type: 'start', batches: of, pending: pending.length, users: plan.users });
  for (const index of pending) {
    const batch = plan.batches[index];
    if (signal?.aborted) return finish('cancelled', 'cancelled');
    const pause = waitBeforeNext(rateLimit, clock.now(), policy);
    if (pause > policy.maxRateLimitWaitMs) {
      const message = `the rate-limit window is spent and resets in ${formatDuration(pause / 1000)}; resume after that`;
      return finish('stopped', message, { kind: 'rate-limited', retryable: true, message, rateLimit });
    }
    if (pause > 0 && !(await wait(pause, 'rate-limit', index, 'rate-limit window spent'))) return finish('cancelled', 'cancelled');

    let waitedForWindow = false;
    let batchRequests = 0;
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) {
        progress = withRequests(progress, batchRequests, now());
        return finish('cancelled', 'cancelled');
      }
      emit({ type: 'send', index, of, attempt });
      const outcome = await engine.send(batch.request, { signal });
      const sent = outcome.attempts ?? (outcome.ok || outcome.error.kind !== 'invalid-input' ? 1 : 0);
      batchRequests += sent;
      requests += sent;
      if (outcome.rateLimit) rateLimit = outcome.rateLimit;
      const verdict = judgeAttempt(
        { ok: outcome.ok, errorKind: outcome.ok ? undefined : outcome.error.kind, rateLimit: outcome.rateLimit, retryAfterMs: retryAfter(outcome) },
        attempt, waitedForWindow, clock.now(), policy,
      );
      if (verdict.kind === 'done') {
        const answer = answerOfBody(outcome.body);
        const answeredBatch: AnsweredBatch = {
          index, values: batch.values, answer, found: answer.data.length, notFound: countMissing(answer, listParam), status: outcome.status,
        };
        try {
          await options.sink?.write(answeredBatch);
          await options.onAnswered?.(answeredBatch);
        } catch (error) {
          // A full disk or a closed pipe: the batch is not done (Resume sends it again), and the run cannot go on.
          progress = withRequests(progress, batchRequests, now());
          return finish('stopped', `batch ${index + 1} of ${of} could not be written: ${error instanceof Error ? error.message : String(error)}`);
        }
        progress = markBatchDone(progress, index, { found: answeredBatch.found, notFound: answeredBatch.notFound, requests: batchRequests }, now());
        answered++;
        emit({ type: 'batch', index, of, found: answeredBatch.found, notFound: answeredBatch.notFound, progress });
        break;
      }
      if (verdict.kind === 'retry') {
        if (verdict.reason === 'rate-limit') waitedForWindow = true;
        const why = verdict.reason === 'rate-limit' ? 'HTTP 429, waiting for the rate-limit window' : `${outcome.ok ? '' : outcome.error.message}; retrying`;
        if (!(await wait(verdict.delayMs, verdict.reason === 'rate-limit' ? 'rate-limit' : 'retry', index, why))) {
          progress = withRequests(progress, batchRequests, now());
          return finish('cancelled', 'cancelled');
        }
        continue;
      }
      progress = withRequests(progress, batchRequests, now());
      if (verdict.reason === 'cancelled') return finish('cancelled', 'cancelled');
      const error = outcome.ok ? undefined : outcome.error;
      const message = `batch ${index + 1} of ${of}: ${error?.message ?? 'failed'}` +
        (verdict.reason === 'retries-spent' ? ` (after ${attempt} attempts)` : '') +
        (verdict.reason === 'rate-limit' ? ' (the rate-limit window did not reset in time)' : '');
      return finish('stopped', message, error);
    }
  }
  return finish('complete');
}

function retryAfter(outcome: LookupOutcome): number | undefined {
  const value = outcome.headers?.['retry-after'];
  return value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) * 1000 : undefined;
}
