// Which endpoint code calls: library methods and URL paths, mapped to apiVocabulary's endpoints; and what the checks
// then do with it (that endpoint's enum) or without it (every endpoint's values, no expansion checks).
import { strict as assert } from 'node:assert';
import { API_ENDPOINTS } from '../../../../src/core/catalog/apiVocabulary';
import { checkDocument } from '../../../../src/core/inline/checks';
import { InlineIndex } from '../../../../src/core/inline/documentIndex';
import { endpointOfCallee, endpointOfUrl } from '../../../../src/core/inline/endpoints';

describe('inline docs: endpoints', () => {
  it('library methods name their endpoint', () => {
    assert.equal(endpointOfCallee('client.v2.userByUsername'), 'GET /2/users/by/username/:username');
    assert.equal(endpointOfCallee('this.roClient.v2.bookmarks'), 'GET /2/users/:id/bookmarks');
    assert.equal(endpointOfCallee('client.v2.userTimeline'), 'GET /2/users/:id/tweets');
    assert.equal(endpointOfCallee('client.users.getById'), 'GET /2/users/:id');
    assert.equal(endpointOfCallee('client.users.findUserByUsername'), 'GET /2/users/by/username/:username');
    assert.equal(endpointOfCallee('client.get_users_tweets'), 'GET /2/users/:id/tweets');
    assert.equal(endpointOfCallee('client.search'), undefined, 'search without v2 is anyone\'s search');
    assert.equal(endpointOfCallee('db.users.getById'), 'GET /2/users/:id');
  });

  it('every endpoint of the tables is one the vocabulary knows', () => {
    const known = new Set(Object.keys(API_ENDPOINTS['2.166']));
    for (const callee of ['v2.search', 'v2.listTweets', 'users.getTimeline', 'tweets.usersIdTweets', 'x.get_list_members', 'lists.getById']) {
      const endpoint = endpointOfCallee(callee);
      assert.ok(endpoint !== undefined && known.has(endpoint), `${callee}: ${endpoint}`);
    }
  });

  it('URL paths: placeholders filled at run time, literal segments preferred', () => {
    assert.equal(endpointOfUrl('https://api.x.com/2/users/${id}/tweets'), 'GET /2/users/:id/tweets');
    assert.equal(endpointOfUrl('https://api.twitter.com/2/users/me'), 'GET /2/users/me');
    assert.equal(endpointOfUrl('{{host}}/2/users/{{id}}'), 'GET /2/users/:id');
    assert.equal(endpointOfUrl('https://api.x.com/2/users/{}/bookmarks'), 'GET /2/users/:id/bookmarks');
    assert.equal(endpointOfUrl('https://example.com/api/users'), undefined);
  });

  it('a known endpoint: its own enum; an unknown one: any endpoint\'s values and no expansion check', () => {
    const known = "import { TwitterApi } from 'twitter-api-v2';\nclient.v2.userTimeline(id, { expansions: ['author_id', 'pinned_tweet_id'] });";
    const problems = checkDocument(InlineIndex.build(known, 'js'), '2.166').problems;
    assert.deepEqual(problems.map((p) => known.slice(p.start, p.end)), ['pinned_tweet_id']);
    const unknown = "api.get('/things', { 'tweet.fields': 'created_at', expansions: 'author_id,pinned_tweet_id,bogus_value' });";
    const loose = checkDocument(InlineIndex.build(unknown, 'js'), '2.166').problems;
    assert.deepEqual(loose.map((p) => [p.code, unknown.slice(p.start, p.end)]), [['unknownValue', 'bogus_value']]);
  });

  it('one level of indirection: an options variable passed to a known call', () => {
    const text = [
      "import { Client } from 'twitter-api-sdk';",
      "const params = { 'tweet.fields': 'created_at' };",
      'client.users.findUserByUsername(name, params);',
    ].join('\n');
    const [problem] = checkDocument(InlineIndex.build(text, 'js'), '2.166').problems;
    assert.equal(problem?.code, 'missingExpansion');
    assert.equal(problem.fix?.edits[0].newText, ", 'expansions': 'pinned_tweet_id'", 'a sibling key written like the tweet fields key');
  });
});
