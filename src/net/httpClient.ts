/**
 * The HTTP side of a lookup: undici with a keep-alive pool per origin, timeouts, a body-size cap, cancellation,
 * bounded retries for 5xx and dropped connections, and an optional wait for a 429 window to reset.
 *
 * Two kinds of timeout: idle ones (connect, headers, the longest silence in the body), which undici enforces, and a
 * deadline for the whole lookup. Idle timeouts alone let a server that trickles a byte just often enough hold a lookup
 * for as long as it likes; the deadline aborts the attempt in flight and no retry starts that could not finish before
 * it.
 */
import { Agent, type Dispatcher } from 'undici';
import { errorFromResponse, snippet, type ApiError, type Problem } from '../core/response/apiError';
import type { Authorizer } from '../core/auth/authorizer';
import type { LookupFailure, LookupOutcome } from '../core/response/outcome';
import { parseRateLimit, secondsUntilReset, type RateLimitInfo } from '../core/response/rateLimit';

export interface Timeouts {
  /** TCP + TLS connect. */
  readonly connectMs: number;
  /** From request sent to response headers. */
  readonly headersMs: number;
  /** Longest silence while the body streams. */
  readonly bodyMs: number;
  /**
   * Deadline of the whole lookup: every attempt and every retry wait. A wait for a rate-limit window to reset (opted
   * into with maxRateLimitWaitMs) is outside it, and the attempt after such a wait gets a deadline of its own. Default
   * four times the longest idle timeout.
   */
  readonly totalMs: number;
}

export interface RetryPolicy {
  /** Extra attempts after a 5xx or a dropped connection. */
  readonly serverErrors: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** On 429, wait for the window to reset and try once more, if the reset is at most this far away; 0 = never. */
  readonly maxRateLimitWaitMs: number;
}

/** Time, injectable so that retries and rate-limit waits are instant and deterministic in tests. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface HttpClientOptions {
  /** Shared connection pools; by default one Agent per client (a pool per origin, kept alive). */
  readonly dispatcher?: Dispatcher;
  readonly timeouts?: Partial<Timeouts>;
  /** Bodies larger than this are refused; default 32 MiB. */
  readonly maxBodyBytes?: number;
  readonly retry?: Partial<RetryPolicy>;
  readonly clock?: Clock;
  readonly userAgent?: string;
}

export interface SendOptions {
  readonly signal?: AbortSignal;
  /** Called before each retry wait, for progress messages. */
  readonly onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

export const DEFAULT_TIMEOUTS: Omit<Timeouts, 'totalMs'> = { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000 };
/** The default deadline of a lookup, in multiples of its longest idle timeout. */
const TOTAL_PER_IDLE_TIMEOUT = 4;
export const DEFAULT_RETRY: RetryPolicy = { serverErrors: 2, baseDelayMs: 500, maxDelayMs: 8_000, maxRateLimitWaitMs: 0 };
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError());
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** One attempt's raw answer. */
interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string;
}

class AttemptError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
  }
}

function deadlineError(totalMs: number): ApiError {
  return { kind: 'timeout', retryable: true, message: `the lookup took longer than its ${totalMs} ms deadline (retries included)` };
}

const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

export class HttpClient {
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly timeouts: Timeouts;
  private readonly retry: RetryPolicy;
  private readonly clock: Clock;
  private readonly maxBodyBytes: number;
  private readonly userAgent: string;
  /** Sent as they are when there is no Authorization header. */
  private readonly baseHeaders: readonly string[];

  constructor(options: HttpClientOptions = {}) {
    const idle = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.timeouts = {
      ...idle,
      totalMs: options.timeouts?.totalMs ?? TOTAL_PER_IDLE_TIMEOUT * Math.max(idle.connectMs, idle.headersMs, idle.bodyMs),
    };
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.clock = options.clock ?? systemClock;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.ownsDispatcher = !options.dispatcher;
    this.dispatcher =
      options.dispatcher ??
      new Agent({
        keepAliveTimeout: 30_000,
        keepAliveMaxTimeout: 600_000,
        connect: { timeout: this.timeouts.connectMs },
        headersTimeout: this.timeouts.headersMs,
        bodyTimeout: this.timeouts.bodyMs,
      });
    this.userAgent = options.userAgent ?? 'x-api-explorer';
    this.baseHeaders = ['accept', 'application/json', 'user-agent', this.userAgent];
  }

  /** Sends a GET with retries; `authorize` is called per attempt since OAuth 1.0a needs a fresh nonce each time. */
  async get(url: string, authorize: Authorizer | undefined, options: SendOptions = {}): Promise<LookupOutcome> {
    const started = this.clock.now();
    let deadline = started + this.timeouts.totalMs;
    let attempts = 0;
    let serverRetries = 0;
    let waitedForReset = false;
    for (;;) {
      attempts++;
      let answer: Answer;
      try {
        answer = await this.attempt(url, authorize, options.signal, deadline - this.clock.now());
      } catch (error) {
        const apiError = error instanceof AttemptError ? error.apiError : classifyThrown(error, options.signal);
        if (apiError.kind === 'network' && serverRetries < this.retry.serverErrors) {
          serverRetries++;
          if (await this.backoff(serverRetries, apiError.message, attempts, options, deadline)) continue;
        }
        return { ok: false, error: apiError, url, method: 'GET', durationMs: this.clock.now() - started, attempts };
      }
      const rateLimit = parseRateLimit((name) => answer.headers[name]);
      if (RETRYABLE_STATUS.has(answer.status) && serverRetries < this.retry.serverErrors) {
        serverRetries++;
        if (await this.backoff(serverRetries, `HTTP ${answer.status}`, attempts, options, deadline, retryAfterMs(answer.headers))) continue;
      }
      if (answer.status === 429 && !waitedForReset && rateLimit && this.retry.maxRateLimitWaitMs > 0) {
        const waitMs = secondsUntilReset(rateLimit, this.clock.now()) * 1000 + 1000;
        if (waitMs <= this.retry.maxRateLimitWaitMs) {
          waitedForReset = true;
          options.onRetry?.({ attempt: attempts, delayMs: waitMs, reason: 'rate limit window' });
          try {
            await this.clock.sleep(waitMs, options.signal);
            // The wait was asked for and may be long; the attempt after it gets a deadline of its own.
            deadline = this.clock.now() + this.timeouts.totalMs;
            continue;
          } catch {
            // Cancelled while waiting: report the 429 as it stands.
          }
        }
      }
      return this.interpret(url, answer, rateLimit, this.clock.now() - started, attempts);
    }
  }

  /** Closes the pools this client created. */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  /** Waits before a retry and answers true, or answers false: cancelled, or no time left before `deadline` to try. */
  private async backoff(
    retry: number, reason: string, attempts: number, options: SendOptions, deadline: number, hintMs?: number,
  ): Promise<boolean> {
    const exponential = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (retry - 1));
    const delayMs = hintMs !== undefined ? Math.min(this.retry.maxDelayMs, hintMs) : exponential;
    // A retry that would start at or past the deadline could only fail with a timeout: report what happened instead.
    if (this.clock.now() + delayMs >= deadline) return false;
    options.onRetry?.({ attempt: attempts, delayMs, reason });
    try {
      await this.clock.sleep(delayMs, options.signal);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * One request through undici's dispatch API, aborted after `remainingMs` (what is left of the lookup's deadline).
   * The handler collects the body itself: no Readable stream per response, and no AbortController per request (the
   * deadline and the caller's cancel abort through the dispatch controller), which is most of what a lookup costs
   * over the socket work (npm run bench).
   */
  private attempt(url: string, authorize: Authorizer | undefined, signal: AbortSignal | undefined, remainingMs: number): Promise<Answer> {
    if (remainingMs <= 0) return Promise.reject(new AttemptError(deadlineError(this.timeouts.totalMs)));
    if (signal?.aborted) return Promise.reject(abortError());
    const split = url.indexOf('/', url.indexOf('//') + 2);
    const origin = split < 0 ? url : url.slice(0, split);
    const path = split < 0 ? '/' : url.slice(split);
    // A flat name/value list is what undici walks anyway; an object would be spread per request and keyed again.
    const headers = authorize
      ? ['accept', 'application/json', 'user-agent', this.userAgent, 'authorization', authorize('GET', url)]
      : (this.baseHeaders as string[]);
    return new Promise<Answer>((resolve, reject) => {
      const collector = new BodyCollector(this.maxBodyBytes, (answer) => {
        settle();
        resolve(answer);
      }, (error) => {
        settle();
        reject(pastDeadline ? new AttemptError(deadlineError(this.timeouts.totalMs)) : error);
      });
      let pastDeadline = false;
      const timer = setTimeout(() => {
        pastDeadline = true;
        collector.abort(new AttemptError(deadlineError(this.timeouts.totalMs)));
      }, remainingMs);
      const cancel = (): void => collector.abort(abortError());
      signal?.addEventListener('abort', cancel, { once: true });
      const settle = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
      };
      this.dispatcher.dispatch({ origin, path, method: 'GET', headers }, collector);
    });
  }

  private interpret(url: string, answer: Answer, rateLimit: RateLimitInfo | undefined, durationMs: number, attempts: number): LookupOutcome {
    let body: unknown;
    let parsed = false;
    try {
      body = JSON.parse(answer.text);
      parsed = true;
    } catch {
      body = undefined;
    }
    const success = answer.status >= 200 && answer.status < 300;
    const exchange = { url, method: 'GET' as const, status: answer.status, headers: answer.headers, durationMs, rateLimit, attempts };
    if (success && !parsed) {
      const failure: LookupFailure = {
        ok: false, ...exchange, text: answer.text,
        error: {
          kind: 'invalid-body', status: answer.status, rateLimit, retryable: true,
          message: `HTTP ${answer.status} but the body is not valid JSON (${describeContentType(answer.headers)}): ${snippet(answer.text)}`,
        },
      };
      return failure;
    }
    if (success && isRecord(body) && 'data' in body) {
      const problems = Array.isArray(body.errors) ? (body.errors as Problem[]) : [];
      // The common answer, built in one go rather than spread from `exchange`; same keys, same order.
      return {
        ok: true, url, method: 'GET', status: answer.status, headers: answer.headers, durationMs, rateLimit, attempts,
        body, text: answer.text, problems,
      };
    }
    if (success && isRecord(body) && Array.isArray(body.errors) && body.errors.length > 0) {
      return { ok: false, ...exchange, body, text: answer.text, error: errorFromResponse(answer.status, body, answer.text, rateLimit, this.clock.now()) };
    }
    if (success) {
      return { ok: true, ...exchange, status: answer.status, body, text: answer.text, problems: [] };
    }
    return {
      ok: false, ...exchange, body: parsed ? body : undefined, text: answer.text,
      error: errorFromResponse(answer.status, parsed ? body : undefined, answer.text, rateLimit, this.clock.now()),
    };
  }
}

/**
 * The dispatch handler of one attempt: keeps the status and headers, gathers the body up to the cap, and answers
 * once. `abort` works before the request has started too (it is applied as soon as undici hands over control).
 */
class BodyCollector implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | undefined;
  private pendingAbort: Error | undefined;
  private status = 0;
  private headers: Record<string, string> = {};
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private done = false;

  constructor(
    private readonly maxBodyBytes: number,
    private readonly onAnswer: (answer: Answer) => void,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  abort(reason: Error): void {
    if (this.done) return;
    if (this.controller) this.controller.abort(reason);
    else this.pendingAbort = reason;
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.pendingAbort) controller.abort(this.pendingAbort);
  }

  onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: Record<string, string | string[] | undefined>): void {
    this.status = statusCode;
    this.headers = flattenHeaders(headers);
    const declared = Number(this.headers['content-length']);
    if (declared > this.maxBodyBytes) controller.abort(new AttemptError(tooLarge(declared, this.maxBodyBytes)));
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.size += chunk.length;
    if (this.size > this.maxBodyBytes) {
      controller.abort(new AttemptError(tooLarge(this.size, this.maxBodyBytes)));
      return;
    }
    this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    if (this.done) return;
    this.done = true;
    const { chunks } = this;
    const text = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks, this.size).toString('utf8');
    this.onAnswer({ status: this.status, headers: this.headers, text });
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    if (this.done) return;
    this.done = true;
    this.onFailure(error);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  // undici hands over a fresh object per response; when no header repeated it already is the flat form.
  let flat = true;
  for (const name in headers) {
    if (typeof headers[name] !== 'string') {
      flat = false;
      break;
    }
  }
  if (flat) return headers as Record<string, string>;
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function retryAfterMs(headers: Record<string, string>): number | undefined {
  const value = headers['retry-after'];
  return value !== undefined && /^\d{1,6}$/.test(value) ? Number(value) * 1000 : undefined;
}

function describeContentType(headers: Record<string, string>): string {
  return headers['content-type'] ? `content-type ${headers['content-type']}` : 'no content-type';
}

function tooLarge(bytes: number, cap: number): ApiError {
  return {
    kind: 'body-too-large', retryable: false,
    message: `the response body (${bytes} bytes or more) is larger than the ${cap} byte limit`,
  };
}

function abortError(): Error {
  const error = new Error('The lookup was cancelled');
  error.name = 'AbortError';
  return error;
}

/** Maps what undici or the socket threw to the error model. */
export function classifyThrown(error: unknown, signal: AbortSignal | undefined): ApiError {
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
  const name = error instanceof Error ? error.name : '';
  if (signal?.aborted || name === 'AbortError' || code === 'UND_ERR_ABORTED') {
    return { kind: 'aborted', retryable: false, message: 'the lookup was cancelled' };
  }
  switch (code) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return { kind: 'timeout', retryable: true, message: 'timed out connecting to the server' };
    case 'UND_ERR_HEADERS_TIMEOUT':
      return { kind: 'timeout', retryable: true, message: 'timed out waiting for the response headers' };
    case 'UND_ERR_BODY_TIMEOUT':
      return { kind: 'timeout', retryable: true, message: 'timed out waiting for the rest of the response body' };
    case 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH':
      return { kind: 'network', retryable: true, message: 'the connection closed before the whole response body arrived' };
    case 'ECONNREFUSED':
      return { kind: 'network', retryable: true, message: 'the server refused the connection (is it running?)' };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { kind: 'network', retryable: true, message: 'the server name could not be resolved' };
  }
  const detail = describeCause(error);
  if (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE') {
    return { kind: 'network', retryable: true, message: `the connection was reset or closed early (${detail})` };
  }
  return { kind: 'network', retryable: true, message: `network error: ${detail}` };
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error && cause.message ? `${error.message}: ${cause.message}` : error.message;
}
