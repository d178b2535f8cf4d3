import { strict as assert } from 'node:assert';
import { DEFAULT_PACING, judgeAttempt, waitBeforeNext } from '../../../../src/core/bulk/pacing';

const NOW = Date.UTC(2026, 2, 1, 12, 0, 0);
const resetIn = (seconds: number) => ({ limit: 300, remaining: 0, reset: NOW / 1000 + seconds });

describe('bulk pacing', () => {
  it('sends at once while the window has requests left, waits for the reset (plus a margin) when it has none', () => {
    assert.equal(waitBeforeNext(undefined, NOW), 0);
    assert.equal(waitBeforeNext({ limit: 300, remaining: 1, reset: NOW / 1000 + 600 }, NOW), 0);
    assert.equal(waitBeforeNext(resetIn(600), NOW), 601_000);
    // A reset already past still gets the margin, never a negative wait.
    assert.equal(waitBeforeNext(resetIn(-5), NOW), 1_000);
    assert.equal(waitBeforeNext(resetIn(600), NOW, { ...DEFAULT_PACING, paceByHeaders: false }), 0);
  });

  it('waits out a 429 once, then stops rather than collect another', () => {
    const first = judgeAttempt({ ok: false, errorKind: 'rate-limited', rateLimit: resetIn(90) }, 1, false, NOW);
    assert.deepEqual(first, { kind: 'retry', delayMs: 91_000, reason: 'rate-limit' });
    assert.deepEqual(judgeAttempt({ ok: false, errorKind: 'rate-limited', rateLimit: resetIn(90) }, 2, true, NOW), { kind: 'stop', reason: 'rate-limit' });
    const far = judgeAttempt({ ok: false, errorKind: 'rate-limited', rateLimit: resetIn(3600) }, 1, false, NOW);
    assert.deepEqual(far, { kind: 'stop', reason: 'rate-limit' });
  });

  it('retries 5xx and network failures with exponential backoff, bounded, honouring Retry-After', () => {
    const delays = [1, 2, 3].map((attempt) => judgeAttempt({ ok: false, errorKind: 'server-error' }, attempt, false, NOW));
    assert.deepEqual(delays, [1000, 2000, 4000].map((delayMs) => ({ kind: 'retry', delayMs, reason: 'server-error' })));
    assert.deepEqual(judgeAttempt({ ok: false, errorKind: 'network' }, 4, false, NOW), { kind: 'stop', reason: 'retries-spent' });
    assert.deepEqual(judgeAttempt({ ok: false, errorKind: 'timeout', retryAfterMs: 5000 }, 1, false, NOW), { kind: 'retry', delayMs: 5000, reason: 'network' });
    assert.deepEqual(judgeAttempt({ ok: false, errorKind: 'server-error', retryAfterMs: 3_600_000 }, 1, false, NOW),
      { kind: 'retry', delayMs: DEFAULT_PACING.maxDelayMs, reason: 'server-error' });
  });

  it('stops at once for what a retry cannot fix, and counts a 200 of only errors as answered', () => {
    for (const errorKind of ['unauthorized', 'forbidden', 'out-of-credits', 'client-error', 'invalid-input', 'body-too-large'] as const) {
      assert.deepEqual(judgeAttempt({ ok: false, errorKind }, 1, false, NOW), { kind: 'stop', reason: 'fatal' }, errorKind);
    }
    assert.deepEqual(judgeAttempt({ ok: false, errorKind: 'aborted' }, 1, false, NOW), { kind: 'stop', reason: 'cancelled' });
    assert.deepEqual(judgeAttempt({ ok: false, errorKind: 'resource-errors' }, 1, false, NOW), { kind: 'done' });
    assert.deepEqual(judgeAttempt({ ok: true }, 1, false, NOW), { kind: 'done' });
  });
});
