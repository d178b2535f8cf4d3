import { strict as assert } from 'node:assert';
import { encodeQuery, formatIssuesForLog, percentEncode, prepareLookup, type LookupRequest, type PrepareOptions } from '../../../../src/core/request/lookupRequest';

const V166: PrepareOptions = { vocabulary: '2.166', auth: 'bearer' };
const V167: PrepareOptions = { vocabulary: '2.167', auth: 'bearer' };

function ok(request: LookupRequest, options: PrepareOptions = V166) {
  const result = prepareLookup(request, options);
  if (!result.ok) assert.fail(result.issues.map((i) => i.message).join('; '));
  return result.request;
}

function issues(request: LookupRequest, options: PrepareOptions = V166) {
  const result = prepareLookup(request, options);
  assert.equal(result.ok, false, 'expected the request to be refused');
  return result.ok ? [] : result.issues;
}

describe('prepareLookup', () => {
  it('fills the path and keeps the id a string', () => {
    const request = ok({ endpoint: 'userById', id: '2244994945' });
    assert.equal(request.path, '/2/users/2244994945');
    assert.equal(request.pathAndQuery, '/2/users/2244994945');
  });

  it('keeps a 19-digit snowflake exact', () => {
    const request = ok({ endpoint: 'userById', id: '9223372036854775807' });
    assert.equal(request.path, '/2/users/9223372036854775807');
  });

  it('joins lists with literal commas and puts field params in a stable order', () => {
    const request = ok({
      endpoint: 'usersByIds', ids: ['2244994945', '6253282'],
      userFields: ['created_at', 'public_metrics'], expansions: ['pinned_tweet_id'], tweetFields: ['created_at'],
    });
    assert.equal(request.pathAndQuery, '/2/users?ids=2244994945,6253282&user.fields=created_at,public_metrics&expansions=pinned_tweet_id&tweet.fields=created_at');
  });

  it('sends post.fields under vocabulary 2.167', () => {
    const request = ok({ endpoint: 'userByUsername', username: 'XDevelopers', expansions: ['pinned_post_id'], tweetFields: ['article_title'] }, V167);
    assert.equal(request.pathAndQuery, '/2/users/by/username/XDevelopers?expansions=pinned_post_id&post.fields=article_title');
  });

  for (const [name, request, text] of [
    ['a non-numeric id', { endpoint: 'userById', id: '12a' }, 'id "12a" is not an id: an id is 1 to 19 digits'],
    ['a 20-digit id', { endpoint: 'userById', id: '12345678901234567890' }, 'an id is 1 to 19 digits'],
    ['an empty id', { endpoint: 'userById', id: '' }, 'id is required'],
    ['a username with a dash', { endpoint: 'userByUsername', username: 'bad-name' }, 'username "bad-name" is not a username: a username is 1 to 15 letters'],
    ['a 16-character username', { endpoint: 'userByUsername', username: 'abcdefghijklmnop' }, 'a username is 1 to 15'],
    ['an empty id list', { endpoint: 'usersByIds', ids: [] }, 'ids takes 1 to 100 values; got 0'],
    ['101 ids', { endpoint: 'usersByIds', ids: Array.from({ length: 101 }, (_, i) => String(i + 1)) }, 'ids takes 1 to 100 values; got 101'],
    ['a duplicate id', { endpoint: 'usersByIds', ids: ['1', '1'] }, 'ids lists "1" more than once'],
    ['usernames differing only in case', { endpoint: 'usersByUsernames', usernames: ['Jack', 'jack'] }, 'usernames lists "jack" more than once'],
    ['a bad id inside a list', { endpoint: 'usersByIds', ids: ['47998559', 'foo'] }, 'ids "foo" is not an id: an id is 1 to 19 digits'],
    ['a typo in user.fields', { endpoint: 'userById', id: '1', userFields: ['create_at'] }, 'did you mean created_at?'],
    ['a duplicate field', { endpoint: 'userById', id: '1', userFields: ['url', 'url'] }, 'user.fields lists "url" more than once'],
    ['an unknown expansion', { endpoint: 'userById', id: '1', expansions: ['author_id'] }, 'expansions value "author_id" is not one of the 3 values'],
    ['a 2.167 expansion under 2.166', { endpoint: 'userById', id: '1', expansions: ['pinned_post_id'] }, 'belongs to spec 2.167, but the vocabulary is 2.166; did you mean pinned_tweet_id?'],
    ['a number as id', { endpoint: 'userById', id: 2244994945 as unknown as string }, 'id must be a string, got a number'],
    ['count on a lookup', { endpoint: 'userById', id: '1', count: 5 }, 'does not take count or cursor'],
  ] as const) {
    it(`refuses ${name}`, () => {
      const found = issues(request as LookupRequest);
      assert.ok(found.some((issue) => issue.message.includes(text)), found.map((i) => i.message).join(' | '));
    });
  }

  it('says each rule in words and keeps its pattern for the log only', () => {
    const [id] = issues({ endpoint: 'userById', id: '12a' });
    assert.equal(id.message, 'id "12a" is not an id: an id is 1 to 19 digits');
    assert.equal(id.pattern, '^[0-9]{1,19}$');
    const [name] = issues({ endpoint: 'userByUsername', username: 'bad-name' });
    assert.equal(name.pattern, '^[A-Za-z0-9_]{1,15}$');
    for (const issue of [id, name]) assert.doesNotMatch(issue.message, /[\^$[\]{}]/, 'no regular expression in what the user reads');
    assert.equal(formatIssuesForLog([id, { field: 'count', message: 'count must be a whole number from 1 to 50' }]),
      'id "12a" is not an id: an id is 1 to 19 digits (^[0-9]{1,19}$); count must be a whole number from 1 to 50');
  });

  it('reports every broken rule at once', () => {
    const found = issues({ endpoint: 'usersByIds', ids: ['x', 'y'], userFields: ['nope'] });
    assert.equal(found.length, 3);
  });

  it('refuses app-only auth for user-context endpoints', () => {
    const me = issues({ endpoint: 'me' });
    assert.match(me[0].message, /needs user context/);
    const profile = issues({ endpoint: 'customProfile', id: '100001' }, { vocabulary: '2.166', auth: 'oauth2' });
    assert.match(profile[0].message, /OAuth 1.0a/);
    ok({ endpoint: 'me' }, { vocabulary: '2.166', auth: 'oauth2' });
    ok({ endpoint: 'customProfile', id: '100001' }, { vocabulary: '2.166', auth: 'oauth1' });
  });

  it('checks count and cursor of custom_profiles/list.json', () => {
    const options: PrepareOptions = { vocabulary: '2.166', auth: 'oauth1' };
    assert.equal(ok({ endpoint: 'customProfiles', count: 50, cursor: '1000000050' }, options).pathAndQuery, '/1.1/custom_profiles/list.json?count=50&cursor=1000000050');
    assert.match(issues({ endpoint: 'customProfiles', count: 51 }, options)[0].message, /count must be a whole number from 1 to 50/);
    assert.match(issues({ endpoint: 'customProfiles', count: 2.5 }, options)[0].message, /count/);
    assert.match(issues({ endpoint: 'customProfiles', cursor: 'has space' }, options)[0].message, /cursor/);
  });

  it('treats empty field lists as absent', () => {
    assert.equal(ok({ endpoint: 'userById', id: '1', userFields: [] }).pathAndQuery, '/2/users/1');
  });

  it('refuses an unknown endpoint', () => {
    assert.match(issues({ endpoint: 'tweets' as never })[0].message, /unknown endpoint/);
  });
});

describe('percent-encoding', () => {
  it("encodes !*'() unlike encodeURIComponent", () => {
    assert.equal(percentEncode("a!b*c'd(e)"), 'a%21b%2Ac%27d%28e%29');
    assert.equal(percentEncode('Ladies + Gentlemen'), 'Ladies%20%2B%20Gentlemen');
  });
  it('keeps commas of lists literal', () => {
    assert.equal(encodeQuery([['ids', '1,2'], ['cursor', 'a b']]), '?ids=1,2&cursor=a%20b');
  });
  it('encodes every name and value as percentEncode does, commas of values alone kept literal', () => {
    const samples = ['', 'created_at,description', 'a~b.c-d_e', "a!b*c'd(e)", 'a b+c', 'ü,é', 'x%2Cy', 'a,b!', '=&?#/'];
    for (const name of samples) {
      for (const value of samples) {
        assert.equal(encodeQuery([[name, value]]), `?${percentEncode(name)}=${percentEncode(value).replace(/%2C/g, ',')}`, `${name}=${value}`);
      }
    }
  });
});
