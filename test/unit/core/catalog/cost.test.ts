import { strict as assert } from 'node:assert';
import { ENDPOINT_IDS, ENDPOINTS } from '../../../../src/core/catalog/endpoints';
import { estimateCost, notBilled, PRICE_PER_USER_USD } from '../../../../src/core/catalog/cost';

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
