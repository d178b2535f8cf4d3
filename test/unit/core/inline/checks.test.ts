// Checks of the inline docs and their quick fixes, applied to the text as the editor would.
import { strict as assert } from 'node:assert';
import { checkInline, type InlineEdit, type InlineProblem } from '../../../../src/core/inline/checks';
import { InlineIndex } from '../../../../src/core/inline/documentIndex';
import type { InlineFamily } from '../../../../src/core/inline/model';
import type { Vocabulary } from '../../../../src/core/catalog/vocabulary';

function problems(text: string, family: InlineFamily, vocabulary: Vocabulary = '2.166'): InlineProblem[] {
  return checkInline(InlineIndex.build(text, family), vocabulary);
}

function applyEdits(text: string, edits: readonly InlineEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}

/** The text after the one problem's quick fix. */
function fixed(text: string, family: InlineFamily, vocabulary: Vocabulary = '2.166'): string {
  const found = problems(text, family, vocabulary);
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.ok(found[0].fix, 'the problem has a fix');
  return applyEdits(text, found[0].fix.edits);
}

const XDK = "import { Client } from '@xdevplatform/xdk';\n";

describe('inline docs: checks and quick fixes', () => {
  describe('unknown values', () => {
    it('user.fields=create_at: did you mean created_at?, fixed by replacing the value', () => {
      const text = 'GET https://api.x.com/2/users/me?user.fields=create_at,description';
      const [problem] = problems(text, 'http');
      assert.equal(problem.code, 'unknownValue');
      assert.match(problem.message, /did you mean created_at\?/);
      assert.equal(text.slice(problem.start, problem.end), 'create_at');
      assert.equal(fixed(text, 'http'), 'GET https://api.x.com/2/users/me?user.fields=created_at,description');
    });

    it('in arrays and comma-joined strings of each library', () => {
      assert.equal(fixed("client.v2.user(id, { 'user.fields': ['descripton'] })", 'js'), "client.v2.user(id, { 'user.fields': ['description'] })");
      assert.equal(fixed(`${XDK}x({ userFields: ["verifed_type"] })`, 'js'), `${XDK}x({ userFields: ["verified_type"] })`);
      assert.equal(fixed('import tweepy\nc.get_user(id=1, user_fields="created_at, locaton")', 'python'), 'import tweepy\nc.get_user(id=1, user_fields="created_at, location")');
      assert.equal(fixed('GET https://api.x.com/2/users/me?user.fields=Created_At', 'http'), 'GET https://api.x.com/2/users/me?user.fields=created_at');
    });

    it('no suggestion, no fix, for a value far from every enum value', () => {
      const [problem] = problems('GET https://api.x.com/2/users/me?user.fields=banana', 'http');
      assert.match(problem.message, /not one of the 26 values of spec 2\.166/);
      assert.equal(problem.fix, undefined);
    });

    it('run-time and templated values are not checked', () => {
      assert.deepEqual(problems('GET {{host}}/2/users/me?user.fields={{fields}}', 'http'), []);
      assert.deepEqual(problems('const u = `/2/users/me?user.fields=${fields}`;', 'js'), []);
      assert.deepEqual(problems("client.v2.user(id, { 'user.fields': [...defaults, extra] })", 'js'), []);
    });
  });

  describe('the other vocabulary', () => {
    it('pinned_post_id under 2.166: use pinned_tweet_id, and the reverse under 2.167', () => {
      const text = "client.v2.user(id, { expansions: ['pinned_post_id'], 'user.fields': ['created_at'] })";
      const [problem] = problems(text, 'js', '2.166');
      assert.equal(problem.code, 'otherVocabulary');
      assert.equal(problem.message, 'pinned_post_id is spec 2.167; with xapi.vocabulary 2.166 use pinned_tweet_id');
      assert.equal(fixed(text, 'js', '2.166'), text.replace('pinned_post_id', 'pinned_tweet_id'));
      assert.deepEqual(problems(text, 'js', '2.167'), []);
      const back = "client.v2.user(id, { expansions: ['most_recent_tweet_id'], 'user.fields': ['created_at'] })";
      assert.equal(problems(back, 'js', '2.167')[0].message, 'most_recent_tweet_id is spec 2.166; with xapi.vocabulary 2.167 use most_recent_post_id');
    });

    it('a value the other vocabulary has but never renamed: a warning without a fix', () => {
      const [problem] = problems('GET https://api.x.com/2/users/me?user.fields=subscribes_to_you', 'http', '2.166');
      assert.equal(problem.code, 'otherVocabulary');
      assert.equal(problem.fix, undefined);
    });

    it('tweet.fields and post.fields name their own enum whatever the setting', () => {
      // tweet.fields is 2.166's enum even when requests use 2.167 ...
      assert.deepEqual(problems('GET https://api.x.com/2/tweets/1?tweet.fields=author_id,note_tweet', 'http', '2.167'), []);
      // ... and post.fields 2.167's even under 2.166.
      assert.deepEqual(problems('GET https://api.x.com/2/tweets/1?post.fields=article_title,note_post', 'http', '2.166'), []);
      const [problem] = problems('GET https://api.x.com/2/tweets/1?tweet.fields=note_post', 'http', '2.167');
      assert.equal(problem.code, 'otherVocabulary');
      assert.match(problem.message, /note_post is a spec 2\.167 post\.fields value; tweet\.fields takes note_tweet/);
      assert.equal(fixed('GET https://api.x.com/2/tweets/1?tweet.fields=note_post', 'http'), 'GET https://api.x.com/2/tweets/1?tweet.fields=note_tweet');
    });
  });

  describe('tweet fields without an expansion on a user lookup', () => {
    it('query: warns on the parameter and adds &expansions=pinned_tweet_id', () => {
      const text = 'GET https://api.x.com/2/users/2244994945?user.fields=created_at&tweet.fields=lang';
      const [problem] = problems(text, 'http');
      assert.equal(problem.code, 'missingExpansion');
      assert.equal(text.slice(problem.start, problem.end), 'tweet.fields');
      assert.match(problem.message, /^tweet\.fields has no effect on a user lookup without expansions=pinned_tweet_id or most_recent_tweet_id/);
      assert.equal(fixed(text, 'http'), `${text}&expansions=pinned_tweet_id`);
      assert.equal(fixed(text, 'http', '2.167'), `${text}&expansions=pinned_post_id`);
    });

    it('query with expansions lacking a tweet expansion: appends to it', () => {
      const text = 'GET https://api.x.com/2/users/me?expansions=affiliation.user_id&tweet.fields=lang';
      assert.equal(fixed(text, 'http'), 'GET https://api.x.com/2/users/me?expansions=affiliation.user_id,pinned_tweet_id&tweet.fields=lang');
    });

    it('REST Client continuation lines form one request', () => {
      const ok = 'GET https://api.x.com/2/users/me\n    ?tweet.fields=lang\n    &expansions=most_recent_tweet_id\n';
      assert.deepEqual(problems(ok, 'http'), []);
      const missing = 'GET https://api.x.com/2/users/me\n    ?tweet.fields=lang\n    &user.fields=created_at\n';
      assert.equal(problems(missing, 'http')[0].code, 'missingExpansion');
    });

    it('not on tweet endpoints, nor when the expansion is there or built at run time', () => {
      assert.deepEqual(problems('GET https://api.x.com/2/tweets/20?tweet.fields=lang', 'http'), []);
      assert.deepEqual(problems('GET https://api.x.com/2/users/1/tweets?tweet.fields=lang', 'http'), []);
      assert.deepEqual(problems('GET https://api.x.com/2/users/1?tweet.fields=lang&expansions=most_recent_tweet_id', 'http'), []);
      assert.deepEqual(problems("client.v2.user(id, { 'tweet.fields': ['lang'], expansions: EXPANSIONS })", 'js'), []);
    });

    it('twitter-api-v2 options: adds an expansions key written like its sibling', () => {
      const text = "client.v2.user(id, { 'tweet.fields': ['lang'] });";
      assert.equal(fixed(text, 'js'), "client.v2.user(id, { 'tweet.fields': ['lang'], 'expansions': ['pinned_tweet_id'] });");
      const joined = "client.v2.userByUsername('XDevelopers', { 'tweet.fields': \"lang,geo\", 'user.fields': 'created_at' });";
      assert.equal(fixed(joined, 'js'), "client.v2.userByUsername('XDevelopers', { 'tweet.fields': \"lang,geo\", 'expansions': \"pinned_tweet_id\", 'user.fields': 'created_at' });");
    });

    it('an existing expansions array gets the value appended', () => {
      const text = `${XDK}await client.users.getById(id, { tweetFields: ["lang"], expansions: ["affiliation.user_id"] });`;
      assert.equal(fixed(text, 'js'), text.replace('["affiliation.user_id"]', '["affiliation.user_id", "pinned_tweet_id"]'));
      const empty = `${XDK}await client.users.getMe({ tweetFields: ["lang"], expansions: [] });`;
      assert.equal(fixed(empty, 'js'), empty.replace('expansions: []', 'expansions: ["pinned_tweet_id"]'));
    });

    it('tweepy keyword arguments', () => {
      const text = 'import tweepy\nclient.get_users(ids=[1, 2], tweet_fields=["lang"])';
      assert.equal(fixed(text, 'python'), 'import tweepy\nclient.get_users(ids=[1, 2], tweet_fields=["lang"], expansions=["pinned_tweet_id"])');
    });

    it('no warning when the call is not known to be a user lookup', () => {
      assert.deepEqual(problems(`${XDK}await client.posts.getById(id, { tweetFields: ["lang"] });`, 'js'), []);
      assert.deepEqual(problems("requests.get(url, params={'tweet.fields': 'lang'})", 'python'), []);
    });
  });
});
