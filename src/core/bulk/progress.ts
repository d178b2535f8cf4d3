/**
 * How far a bulk lookup got: which batches were answered, and what they held. JSON-serialisable and free of secrets
 * (no values, no credentials, only counts and the plan's identity), so the host can keep it in a Memento or a file and
 * "Resume" continues from the first batch not done, even after a reload.
 */
import type { BulkEndpointId, BulkPlan } from './plan';

/** Why a run ended. */
export type BulkRunStatus =
  /** Every batch was answered. */
  | 'complete'
  /** The user cancelled; what arrived is kept. */
  | 'cancelled'
  /** A failure every further batch would share (401, 402, a rate-limit window too far off, retries spent). */
  | 'stopped'
  /** Not ended yet. */
  | 'running';

export interface BulkProgress {
  readonly version: 1;
  /** The BulkPlan.planId it belongs to. */
  readonly planId: string;
  readonly endpoint: BulkEndpointId;
  /** Batches in the plan. */
  readonly batches: number;
  /** Users asked for. */
  readonly users: number;
  /** Indexes of the batches answered, ascending. */
  readonly done: readonly number[];
  /** Users returned by the answered batches. */
  readonly found: number;
  /** Values the answered batches reported as not found or unavailable (suspended, ...). */
  readonly notFound: number;
  /** HTTP requests sent, retries included, over every run of this plan. */
  readonly requests: number;
  readonly status: BulkRunStatus;
  /** Why it stopped, when it did: a message for a person (already free of secrets, as every engine message is). */
  readonly stopReason?: string;
  /** ISO 8601. */
  readonly updatedAt: string;
}

/** A record of a plan not started yet. */
export function newProgress(plan: BulkPlan, now: Date): BulkProgress {
  return {
    version: 1, planId: plan.planId, endpoint: plan.input.endpoint, batches: plan.batches.length, users: plan.users,
    done: [], found: 0, notFound: 0, requests: 0, status: 'running', updatedAt: now.toISOString(),
  };
}

/** The record with batch `index` answered. */
export function markBatchDone(
  progress: BulkProgress, index: number, counts: { readonly found: number; readonly notFound: number; readonly requests: number }, now: Date,
): BulkProgress {
  const done = progress.done.includes(index) ? progress.done : [...progress.done, index].sort((a, b) => a - b);
  return {
    ...progress,
    done,
    found: progress.found + counts.found,
    notFound: progress.notFound + counts.notFound,
    requests: progress.requests + counts.requests,
    status: done.length === progress.batches ? 'complete' : 'running',
    stopReason: undefined,
    updatedAt: now.toISOString(),
  };
}

/** The record after requests that answered nothing usable (a failed attempt still counts as sent). */
export function withRequests(progress: BulkProgress, requests: number, now: Date): BulkProgress {
  return requests === 0 ? progress : { ...progress, requests: progress.requests + requests, updatedAt: now.toISOString() };
}

/** The record of a run that ended. */
export function endRun(progress: BulkProgress, status: Exclude<BulkRunStatus, 'running'>, now: Date, stopReason?: string): BulkProgress {
  const finalStatus = progress.done.length === progress.batches ? 'complete' : status;
  return { ...progress, status: finalStatus, stopReason: finalStatus === 'complete' ? undefined : stopReason, updatedAt: now.toISOString() };
}

/** The batches still to send, in order. */
export function pendingBatches(plan: BulkPlan, progress: BulkProgress | undefined): readonly number[] {
  const done = new Set(progress?.done ?? []);
  return plan.batches.map((batch) => batch.index).filter((index) => !done.has(index));
}

/** Whether `progress` was made for `plan` (same endpoint, fields, vocabulary and values). */
export function progressMatches(plan: BulkPlan, progress: BulkProgress): boolean {
  return progress.planId === plan.planId && progress.batches === plan.batches.length && progress.endpoint === plan.input.endpoint;
}

/** Reads a stored record back; undefined when it is not one this version wrote (or was edited into nonsense). */
export function parseProgress(value: unknown): BulkProgress | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const count = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  if (v.version !== 1 || typeof v.planId !== 'string' || !/^[0-9a-f]{1,16}$/.test(v.planId)) return undefined;
  if (v.endpoint !== 'usersByIds' && v.endpoint !== 'usersByUsernames') return undefined;
  if (!count(v.batches) || !count(v.users) || !count(v.found) || !count(v.notFound) || !count(v.requests)) return undefined;
  if (!Array.isArray(v.done) || !v.done.every((i) => count(i) && i < (v.batches as number))) return undefined;
  if (v.status !== 'complete' && v.status !== 'cancelled' && v.status !== 'stopped' && v.status !== 'running') return undefined;
  if (typeof v.updatedAt !== 'string' || (v.stopReason !== undefined && typeof v.stopReason !== 'string')) return undefined;
  const done = [...new Set(v.done as number[])].sort((a, b) => a - b);
  return {
    version: 1, planId: v.planId, endpoint: v.endpoint, batches: v.batches, users: v.users, done, found: v.found,
    notFound: v.notFound, requests: v.requests, status: v.status, updatedAt: v.updatedAt,
    ...(v.stopReason !== undefined ? { stopReason: v.stopReason as string } : {}),
  };
}
