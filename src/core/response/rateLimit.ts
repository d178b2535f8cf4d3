/** X's rate-limit headers, read from any header source. */

export interface RateLimitInfo {
  /** Requests allowed in the window. */
  readonly limit: number;
  /** Requests left in the window. */
  readonly remaining: number;
  /** When the window resets, Unix seconds. */
  readonly reset: number;
}

/** Reads a header by lower-case name; a repeated header counts by its first value. */
export type HeaderReader = (name: string) => string | undefined;

export function parseRateLimit(header: HeaderReader): RateLimitInfo | undefined {
  const limit = toCount(header('x-rate-limit-limit'));
  const remaining = toCount(header('x-rate-limit-remaining'));
  const reset = toCount(header('x-rate-limit-reset'));
  if (limit === undefined || remaining === undefined || reset === undefined) return undefined;
  return { limit, remaining, reset };
}

/** Seconds until the window resets, never negative. */
export function secondsUntilReset(info: Pick<RateLimitInfo, 'reset'>, nowMs: number): number {
  return Math.max(0, Math.ceil(info.reset - nowMs / 1000));
}

/** "2 min 5 s", for messages and tooltips. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

function toCount(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,12}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
