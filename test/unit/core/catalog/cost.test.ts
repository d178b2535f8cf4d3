import { strict as assert } from 'node:assert';
import { ENDPOINT_IDS, ENDPOINTS } from '../../../../src/core/catalog/endpoints';
import { estimateCost, notBilled, PRICE_PER_USER_USD } from '../../../../src/core/catalog/cost';
import { prepareLookup } from '../../../../src/core/request/lookupRequest';

describe('pay-per-use cost estimate', () => {
  it('charges one user for a single lookup, whichever way it is asked', () => {
    const one = { kind: 'perUser', users: 1, unitUsd: PRICE_PER_USER_USD, totalUsd: 0.01 };
    assert.deepEqual(estimateCost({ endpoint: 'userById', id: '1' }), one);
    assert.deepEqual(estimateCost({ endpoint: 'userByUsername', username: 'jack' }), one);
    assert.deepEqual(estimateCost({ endpoint: 'me' }), one);
  });

  it('charges every id or username a list lookup asks for, in whole tenths of a cent', () => {
    assert.deepEqual(estimateCost({ endpoint: 'usersByIds', ids: ['1', '2', '3'] }), { kind: 'perUser', users: 3, unitUsd: 0.01, totalUsd: 0.03 });
    assert.deepEqual(estimateCost({ endpoint: 'usersByUsernames', usernames: ['a', 'b'] }), { kind: 'perUser', users: 2, unitUsd: 0.01, totalUsd: 0.02 });
    const hundred = estimateCost({ endpoint: 'usersByIds', ids: Array.from({ length: 100 }, (_, i) => String(i + 1)) });
    assert.deepEqual(hundred, { kind: 'perUser', users: 100, unitUsd: 0.01, totalUsd: 1 });
  });

  it('counts only the ids that pass validation: a malformed one is refused, not billed', () => {
    const estimate = estimateCost({ endpoint: 'usersByIds', ids: ['2244994945', '12x', '783214', '', '12345678901234567890'] });
    assert.deepEqual(estimate, { kind: 'perUser', users: 2, unitUsd: 0.01, totalUsd: 0.02 });
    assert.deepEqual(estimateCost({ endpoint: 'usersByIds', ids: ['abc'] }), { kind: 'perUser', users: 0, unitUsd: 0.01, totalUsd: 0 });
  });

  it('counts a user listed twice once, usernames whatever their case', () => {
    assert.deepEqual(estimateCost({ endpoint: 'usersByIds', ids: ['1', '2', '1', '1'] }), { kind: 'perUser', users: 2, unitUsd: 0.01, totalUsd: 0.02 });
    const names = estimateCost({ endpoint: 'usersByUsernames', usernames: ['Jack', 'jack', 'JACK', 'XDevelopers', 'not a name'] });
    assert.deepEqual(names, { kind: 'perUser', users: 2, unitUsd: 0.01, totalUsd: 0.02 });
  });

  it('counts the same users the validation lets through, for any list', () => {
    const ids = ['7', '007', '7', 'x7', '8', ' 8', '9'.repeat(19), '9'.repeat(20)];
    const prepared = prepareLookup({ endpoint: 'usersByIds', ids }, { vocabulary: '2.166', auth: 'bearer' });
    assert.equal(prepared.ok, false);
    // What validation keeps, read back from the issues it raised about the others.
    const refused = prepared.ok ? [] : prepared.issues.filter((issue) => issue.field === 'ids' && !/more than once/.test(issue.message));
    const repeated = prepared.ok ? [] : prepared.issues.filter((issue) => /more than once/.test(issue.message));
    const estimate = estimateCost({ endpoint: 'usersByIds', ids });
    assert.equal(estimate.kind === 'perUser' && estimate.users, ids.length - refused.length - repeated.length);
  });

  it('counts a single lookup only when its id or username would be sent', () => {
    const none = { kind: 'perUser', users: 0, unitUsd: PRICE_PER_USER_USD, totalUsd: 0 };
    assert.deepEqual(estimateCost({ endpoint: 'userById', id: '12x' }), none);
    assert.deepEqual(estimateCost({ endpoint: 'userById' }), none);
    assert.deepEqual(estimateCost({ endpoint: 'userByUsername', username: 'not a name' }), none);
  });

  it('counts nothing for a list lookup that lists nothing yet', () => {
    assert.deepEqual(estimateCost({ endpoint: 'usersByIds' }), { kind: 'perUser', users: 0, unitUsd: 0.01, totalUsd: 0 });
  });

  it('bills exactly the endpoints the catalogue marks as billed per user', () => {
    for (const id of ENDPOINT_IDS) {
      const estimate = estimateCost({ endpoint: id });
      assert.equal(estimate.kind === 'perUser', ENDPOINTS[id].billedPerUser, id);
    }
    assert.deepEqual(estimateCost({ endpoint: 'customProfiles', count: 50 }), notBilled);
    assert.deepEqual(estimateCost({ endpoint: 'customProfile', id: '1' }), notBilled);
  });
});
