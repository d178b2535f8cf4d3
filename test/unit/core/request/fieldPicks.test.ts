import { strict as assert } from 'node:assert';
import { rememberedPicks, rememberPicks } from '../../../../src/core/request/fieldPicks';

const NONE = { userFields: [], tweetFields: [], expansions: [] };

describe('field picks memory', () => {
  it('remembers per endpoint and reads back only what was stored for that endpoint', () => {
    const memory = rememberPicks(undefined, 'userById', { userFields: ['public_metrics', 'created_at'], tweetFields: ['lang'], expansions: ['pinned_tweet_id'] }, '2.166');
    // In the vocabulary's order, so the stored record is stable whatever order the items were ticked in.
    assert.deepEqual(rememberedPicks(memory, 'userById', '2.166'), { userFields: ['created_at', 'public_metrics'], tweetFields: ['lang'], expansions: ['pinned_tweet_id'] });
    assert.deepEqual(rememberedPicks(memory, 'usersByIds', '2.166'), NONE);
    const both = rememberPicks(memory, 'usersByIds', { userFields: ['url'], tweetFields: [], expansions: [] }, '2.166');
    assert.deepEqual(rememberedPicks(both, 'userById', '2.166').userFields, ['created_at', 'public_metrics']);
    assert.deepEqual(rememberedPicks(both, 'usersByIds', '2.166').userFields, ['url']);
  });

  it('keeps only enum values of the vocabulary: nothing else can be stored or come back', () => {
    const stored = { userById: { userFields: ['created_at', 'token=AAAA', 42, 'created_at'], tweetFields: 'lang', expansions: ['pinned_post_id'] } };
    assert.deepEqual(rememberedPicks(stored, 'userById', '2.166'), { userFields: ['created_at'], tweetFields: [], expansions: [] });
    assert.deepEqual(rememberedPicks(stored, 'userById', '2.167').expansions, ['pinned_post_id']);
    const written = rememberPicks({ ...stored, bogus: { userFields: ['url'] }, __proto__: { x: 1 } }, 'me', { userFields: ['nope'], tweetFields: [], expansions: [] }, '2.166');
    assert.deepEqual(Object.keys(written).sort(), ['me', 'userById']);
    assert.deepEqual(written.me, NONE);
    assert.ok(!JSON.stringify(written).includes('AAAA'));
  });

  it('reads garbage as nothing remembered', () => {
    for (const garbage of [undefined, null, 'x', 3, [], { userById: null }, { userById: [] }]) {
      assert.deepEqual(rememberedPicks(garbage, 'userById', '2.166'), NONE);
    }
  });
});
