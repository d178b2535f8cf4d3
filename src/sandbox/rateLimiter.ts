/** Fixed 15-minute windows per endpoint and principal, as X counts them; the clock is injected for tests. */

export interface WindowState {
  readonly limit: number;
  readonly remaining: number;
  /** Unix seconds. */
  readonly reset: number;
  /** Whether this request went over the limit. */
  readonly exceeded: boolean;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(private readonly now: () => number) {}

  /** Counts one request against `key` and reports the window as the response headers should show it. */
  take(key: string, limit: number, windowSeconds: number): WindowState {
    const nowMs = this.now();
    const windowMs = windowSeconds * 1000;
    let window = this.windows.get(key);
    if (!window || nowMs >= window.start + windowMs) {
      window = { start: nowMs, used: 0 };
      this.windows.set(key, window);
    }
    const exceeded = window.used >= limit;
    if (!exceeded) window.used++;
    return {
      limit,
      remaining: Math.max(0, limit - window.used),
      reset: Math.ceil((window.start + windowMs) / 1000),
      exceeded,
    };
  }

  /** The window as `take` would report it, without counting a request: for answers refused before they count. */
  peek(key: string, limit: number, windowSeconds: number): WindowState {
    const nowMs = this.now();
    const windowMs = windowSeconds * 1000;
    const window = this.windows.get(key);
    const live = window !== undefined && nowMs < window.start + windowMs;
    const used = live ? window.used : 0;
    return {
      limit,
      remaining: Math.max(0, limit - used),
      reset: Math.ceil(((live ? window.start : nowMs) + windowMs) / 1000),
      exceeded: false,
    };
  }

  reset(): void {
    this.windows.clear();
  }
}
