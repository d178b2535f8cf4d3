// Hovers of the inline docs: the field doc (the same as result hovers) and the sandbox lookup that shows the field.
import { strict as assert } from 'node:assert';
import { docForFieldName, docForObjectField, docForParameterValue, docForResponsePath } from '../../../../src/core/fieldDocs/lookup';
import { hoverAt, type InlineHoverInfo } from '../../../../src/core/inline/hover';
import { InlineIndex } from '../../../../src/core/inline/documentIndex';
import type { InlineFamily } from '../../../../src/core/inline/model';
import { describeLookup, lookupForParam, SANDBOX_USER_ID } from '../../../../src/core/inline/sandboxLookup';
import type { Vocabulary } from '../../../../src/core/catalog/vocabulary';

function hover(text: string, family: InlineFamily, needle: string, vocabulary: Vocabulary = '2.166'): InlineHoverInfo | undefined {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  return hoverAt(InlineIndex.build(text, family), at + 1, vocabulary);
}

describe('inline docs: hovers', () => {
  it('a parameter value: the doc of what it requests, and the lookup that requests it', () => {
    const text = 'GET https://api.x.com/2/users/me?user.fields=created_at&expansions=pinned_tweet_id&tweet.fields=lang';
    const created = hover(text, 'http', 'created_at');
    assert.ok(created);
    assert.equal(created?.doc, docForParameterValue('user.fields', 'created_at'));
    assert.equal(text.slice(created.start, created.end), 'created_at');
    assert.deepEqual(created.lookup, { id: SANDBOX_USER_ID, userFields: ['created_at'] });
    assert.deepEqual(hover(text, 'http', 'pinned_tweet_id')?.lookup, { id: SANDBOX_USER_ID, expansions: ['pinned_tweet_id'] });
    assert.deepEqual(hover(text, 'http', 'lang')?.lookup, { id: SANDBOX_USER_ID, tweetFields: ['lang'], expansions: ['pinned_tweet_id'] });
  });

  it('the lookup is sent in the setting\'s vocabulary, translating renamed values', () => {
    const text = "client.v2.user(id, { expansions: ['pinned_tweet_id'] })";
    const info = hover(text, 'js', 'pinned_tweet_id', '2.167');
    assert.ok(info);
    assert.deepEqual(info?.lookup, { id: SANDBOX_USER_ID, expansions: ['pinned_post_id'] });
    assert.match(info.note ?? '', /spec 2\.166 value/);
    assert.equal(lookupForParam('user.fields', 'subscribes_to_you', '2.166'), undefined, 'no 2.166 request brings it');
    assert.equal(describeLookup({ id: SANDBOX_USER_ID, tweetFields: ['lang'], expansions: ['pinned_post_id'] }, '2.167'),
      'GET /2/users/2244994945?expansions=pinned_post_id&post.fields=lang');
  });

  it('property accesses: user and tweet fields, nested members, includes', () => {
    const text = 'log(user.public_metrics.followers_count, user.withheld.country_codes, res.includes.tweets[0].edit_history_tweet_ids);';
    assert.equal(hover(text, 'js', 'followers_count')?.doc, docForFieldName('user', 'public_metrics.followers_count'));
    assert.deepEqual(hover(text, 'js', 'followers_count')?.lookup, { id: SANDBOX_USER_ID, userFields: ['public_metrics'] });
    assert.equal(hover(text, 'js', 'country_codes')?.doc.path, 'withheld.country_codes');
    assert.equal(hover(text, 'js', 'tweets[')?.doc, docForResponsePath(['includes', 'tweets']));
    const edits = hover(text, 'js', 'edit_history_tweet_ids');
    assert.ok(edits);
    assert.equal(edits?.doc.path, 'edit_history_tweet_ids');
    assert.deepEqual(edits.lookup, { id: SANDBOX_USER_ID, expansions: ['pinned_tweet_id'] }, 'a default tweet field: the pinned tweet shows it');
    assert.equal(hover(text, 'js', 'user.public'), undefined, 'the user\'s own variable has no doc');
  });

  it('a tweet field reached without a tweet hint still finds its doc', () => {
    const info = hover('x.public_metrics.retweet_count', 'js', 'retweet_count');
    assert.ok(info);
    assert.equal(info?.doc.path, 'public_metrics.retweet_count');
    assert.deepEqual(info.lookup, { id: SANDBOX_USER_ID, tweetFields: ['public_metrics'], expansions: ['pinned_tweet_id'] });
  });

  it('Python subscripts', () => {
    const text = 'n = user.public_metrics["followers_count"]';
    const info = hover(text, 'python', 'followers_count');
    assert.ok(info);
    assert.equal(info?.doc.path, 'public_metrics.followers_count');
    assert.equal(text.slice(info.start, info.end), 'followers_count');
  });

  it('JSON fixture keys and values under data / includes / errors', () => {
    const text = JSON.stringify({
      data: { id: '2244994945', username: 'XDevelopers', verified_type: 'business' },
      includes: { tweets: [{ id: '1', text: 'hi', edit_history_tweet_ids: ['1'] }] },
      errors: [{ title: 'Not Found Error', resource_type: 'user' }],
    }, null, 2);
    assert.equal(hover(text, 'json', '"verified_type"')?.doc.path, 'verified_type');
    assert.equal(hover(text, 'json', '"business"')?.doc.path, 'verified_type');
    assert.deepEqual(hover(text, 'json', '"verified_type"')?.lookup, { id: SANDBOX_USER_ID, userFields: ['verified_type'] });
    assert.equal(hover(text, 'json', '"text"')?.doc.path, 'text');
    const problem = hover(text, 'json', '"resource_type"');
    assert.ok(problem);
    assert.equal(problem?.doc.path, 'resource_type');
    assert.equal(problem.lookup, undefined, 'no lookup link for errors');
  });

  it('JSON fixtures: each object documented as what it is, told by its keys, bare objects too', () => {
    const tweets = JSON.stringify({ data: [{ id: '1460323737035677698', text: 'hello', author_id: '2244994945', created_at: '2021-11-15T19:08:05.000Z', edit_history_tweet_ids: ['1460323737035677698'] }] }, null, 2);
    assert.equal(hover(tweets, 'json', '"created_at"')?.doc, docForObjectField('tweet', 'created_at'), 'a tweet lookup: the post\'s created_at');
    assert.notEqual(hover(tweets, 'json', '"created_at"')?.doc, docForFieldName('user', 'created_at'));
    assert.equal(hover(tweets, 'json', '"author_id"')?.doc, docForObjectField('tweet', 'author_id'));

    const users = JSON.stringify({ data: { id: '2244994945', name: 'X Developers', username: 'XDevelopers', created_at: '2013-12-14T04:35:55.000Z' } }, null, 2);
    assert.equal(hover(users, 'json', '"created_at"')?.doc, docForFieldName('user', 'created_at'));

    const bareUser = JSON.stringify({ id: '2244994945', username: 'XDevelopers', name: 'X Developers', public_metrics: { followers_count: 1 } }, null, 2);
    assert.equal(hover(bareUser, 'json', '"followers_count"')?.doc, docForFieldName('user', 'public_metrics.followers_count'));
    const bareTweet = JSON.stringify({ id: '1', text: 'hi', author_id: '2244994945', conversation_id: '1' }, null, 2);
    assert.equal(hover(bareTweet, 'json', '"conversation_id"')?.doc, docForObjectField('tweet', 'conversation_id'));
  });

  it('JSON that is no X object gets nothing, however alike its keys', () => {
    const twitch = JSON.stringify({ data: [{ id: '141981764', login: 'twitchdev', display_name: 'TwitchDev', profile_image_url: 'https://example.com/x.png', created_at: '2016-12-14T20:32:28Z' }] }, null, 2);
    assert.equal(hover(twitch, 'json', '"profile_image_url"'), undefined);
    assert.equal(hover(twitch, 'json', '"created_at"'), undefined);
    const github = JSON.stringify({ id: 1, name: 'repo', created_at: '2020-01-01T00:00:00Z', owner: { login: 'octocat' } }, null, 2);
    assert.equal(hover(github, 'json', '"created_at"'), undefined);
  });
});
