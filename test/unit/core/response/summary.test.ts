// The words of a result's tab title: the status and the outcome both.
import { strict as assert } from 'node:assert';
import type { LookupRequest } from '../../../../src/core/request/lookupRequest';
import type { LookupOutcome } from '../../../../src/core/response/outcome';
import { outcomeLabel, outcomeLabelOf, resultTitle } from '../../../../src/core/response/summary';

const ONE: LookupRequest = { endpoint: 'userById', id: '1' };
const NOT_FOUND = { title: 'Not Found Error', detail: 'Could not find user with id: [1].', type: 'https://api.twitter.com/2/problems/resource-not-found', value: '1' };

function failure(kind: string, status?: number, problems?: object[]): LookupOutcome {
  return { ok: false, status, error: { kind, message: 'm', retryable: false, problems } } as unknown as LookupOutcome;
}

describe('a result tab title', () => {
  it('says "not found" for a 200 whose only content is a not-found error, not "200"', () => {
    assert.equal(resultTitle(ONE, failure('resource-errors', 200, [NOT_FOUND])), 'user 1 · not found (200)');
    assert.equal(resultTitle(ONE, failure('not-found', 404)), 'user 1 · not found (404)');
  });

  it('names the outcome beside the status for every failure, and the status alone for a success', () => {
    assert.equal(outcomeLabel({ ok: true, status: 200, body: {}, text: '{}', problems: [] } as unknown as LookupOutcome), '200');
    assert.equal(outcomeLabel(failure('resource-errors', 200, [{ title: 'Forbidden' }])), 'errors (200)');
    assert.equal(outcomeLabel(failure('unauthorized', 401)), 'unauthorized (401)');
    assert.equal(outcomeLabel(failure('network')), 'network error');
    assert.equal(outcomeLabel(failure('timeout')), 'timed out');
    assert.equal(outcomeLabelOf({ ok: false, status: 418 }), 'failed (418)');
  });

  it('keeps slashes and control characters out of the URI segment', () => {
    assert.equal(resultTitle({ endpoint: 'customProfiles', cursor: 'a/b\nc' }, failure('server-error', 503)), 'custom profiles (cursor a_b_c) · server error (503)');
  });
});
