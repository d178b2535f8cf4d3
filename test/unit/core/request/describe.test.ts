import { strict as assert } from 'node:assert';
import { ENDPOINT_IDS, ENDPOINTS } from '../../../../src/core/catalog/endpoints';
import { describeParameters, describeRequest, titleOfRequest } from '../../../../src/core/request/describe';
import type { LookupRequest } from '../../../../src/core/request/lookupRequest';
import { resultTitle } from '../../../../src/core/response/summary';

const JACK: LookupRequest = { endpoint: 'userById', id: '2244994945', userFields: ['created_at', 'description', 'public_metrics'] };
const BY_NAMES: LookupRequest = { endpoint: 'usersByUsernames', usernames: ['XDevelopers', 'jack', 'X'] };
const PROFILES: LookupRequest = { endpoint: 'customProfiles', count: 20, cursor: '1234567890123456' };

describe('a lookup in words', () => {
  it('in a few words, for tabs, notifications and the name a save offers', () => {
    assert.equal(describeRequest(JACK), 'user 2244994945');
    assert.equal(describeRequest({ endpoint: 'userByUsername', username: 'XDevelopers' }), 'user @XDevelopers');
    assert.equal(describeRequest({ endpoint: 'usersByIds', ids: ['1', '2'] }), 'users 1, 2');
    assert.equal(describeRequest({ endpoint: 'usersByIds', ids: ['1', '2', '3'] }), 'users 3 ids');
    assert.equal(describeRequest(BY_NAMES), 'users 3 usernames');
    assert.equal(describeRequest({ endpoint: 'me' }), 'me');
    assert.equal(describeRequest({ endpoint: 'customProfile', id: '100001' }), 'custom profile 100001');
    assert.equal(describeRequest(PROFILES), 'custom profiles (cursor 123456789012)');
    assert.equal(resultTitle(JACK, { ok: true, status: 200, body: {}, problems: [] } as never), 'user 2244994945 · 200');
  });

  it('its parameters, for the line beside a saved lookup\'s name', () => {
    assert.equal(describeParameters(JACK), '2244994945 · user.fields 3');
    assert.equal(describeParameters(BY_NAMES), '@XDevelopers, @jack +1');
    assert.equal(describeParameters(PROFILES), 'count 20 · next page');
    assert.equal(describeParameters({ endpoint: 'me' }), '');
  });

  it('its kind and parameters, where nothing else names the endpoint', () => {
    assert.equal(titleOfRequest({ endpoint: 'me' }), 'Me');
    assert.equal(titleOfRequest({ endpoint: 'userByUsername', username: 'jack', expansions: ['pinned_tweet_id'] }), 'User @jack · expansions 1');
    assert.equal(titleOfRequest(JACK), 'User 2244994945 · user.fields 3');
    assert.equal(titleOfRequest({ endpoint: 'customProfiles' }), 'Custom profiles');
    assert.equal(titleOfRequest({ endpoint: 'fromTheFuture' as never }), 'FromTheFuture');
  });

  it('takes every word from the catalogue', () => {
    for (const id of ENDPOINT_IDS) {
      const noun = ENDPOINTS[id].noun;
      assert.ok(describeRequest({ endpoint: id }).startsWith(noun), id);
      assert.equal(titleOfRequest({ endpoint: id }).toLowerCase(), noun, id);
    }
  });
});
