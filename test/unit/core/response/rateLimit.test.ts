import { strict as assert } from 'node:assert';
import { formatDuration, parseRateLimit, secondsUntilReset } from '../../../../src/core/response/rateLimit';

describe('rate-limit headers', () => {
  it('parses the three headers and refuses partial or junk values', () => {
    const headers: Record<string, string> = { 'x-rate-limit-limit': '900', 'x-rate-limit-remaining': '899', 'x-rate-limit-reset': '1764160000' };
    assert.deepEqual(parseRateLimit((n) => headers[n]), { limit: 900, remaining: 899, reset: 1764160000 });
    assert.equal(parseRateLimit((n) => (n === 'x-rate-limit-limit' ? '900' : undefined)), undefined);
    assert.equal(parseRateLimit((n) => (n === 'x-rate-limit-remaining' ? '-1' : headers[n])), undefined);
  });
  it('counts down to the reset and formats durations', () => {
    assert.equal(secondsUntilReset({ reset: 100 }, 40_500), 60);
    assert.equal(secondsUntilReset({ reset: 100 }, 200_000), 0);
    assert.equal(formatDuration(59), '59 s');
    assert.equal(formatDuration(900), '15 min');
  });
});
