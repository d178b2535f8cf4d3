// Context detection of the inline docs: each language family, each library's spelling, and code that merely looks
// like X code (which must get no hover, no completion and no warning).
import { strict as assert } from 'node:assert';
import { checkInline } from '../../../../src/core/inline/checks';
import { completionAt } from '../../../../src/core/inline/completion';
import { hoverAt } from '../../../../src/core/inline/hover';
import { familyOf, InlineIndex } from '../../../../src/core/inline/documentIndex';
import type { AccessContext, InlineFamily, ParamContext } from '../../../../src/core/inline/model';
import { mentionsXApi } from '../../../../src/core/inline/triggers';

/** Offset of `needle` in `text` plus `delta`; fails the test when the needle is missing. */
export function offsetOf(text: string, needle: string, delta = 0): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in the text`);
  return at + delta;
}

function params(text: string, family: InlineFamily): ParamContext[] {
  return InlineIndex.build(text, family).params();
}

function summary(text: string, family: InlineFamily): string[] {
  return params(text, family).map((c) => `${c.param}:${c.syntax}:${c.values.map((v) => v.value).join('|')}`);
}

function accesses(text: string, family: InlineFamily): AccessContext[] {
  return InlineIndex.build(text, family).contexts.filter((c): c is AccessContext => c.kind === 'access');
}

/** Nothing at all for the inline docs anywhere in `text`: no hover, no completion, no warning at any offset. */
function assertInert(text: string, family: InlineFamily): void {
  const index = InlineIndex.build(text, family);
  assert.deepEqual(checkInline(index, '2.166'), [], 'no warning');
  for (let offset = 0; offset <= text.length; offset++) {
    assert.equal(hoverAt(index, offset, '2.166'), undefined, `no hover at ${offset}: ${JSON.stringify(text.slice(offset, offset + 20))}`);
    assert.equal(completionAt(index, offset, '2.166'), undefined, `no completion at ${offset}`);
  }
}

describe('inline docs: context detection', () => {
  describe('families', () => {
    it('reads languages by id, and .http/.rest files by name whatever their language id', () => {
      assert.equal(familyOf('typescriptreact', 'a.tsx'), 'js');
      assert.equal(familyOf('javascript', 'a.js'), 'js');
      assert.equal(familyOf('python', 'a.py'), 'python');
      assert.equal(familyOf('jsonc', 'a.jsonc'), 'json');
      assert.equal(familyOf('markdown', 'README.md'), 'markdown');
      assert.equal(familyOf('http', 'untitled'), 'http');
      assert.equal(familyOf('plaintext', '/w/api.rest'), 'http');
      assert.equal(familyOf('plaintext', '/w/notes.txt'), undefined);
      assert.equal(familyOf('go', 'main.go'), undefined);
    });

    it('a document without any trigger literal gets the shared empty index after one regex test', () => {
      const text = 'export function add(a: number, b: number) { return a + b; }\n'.repeat(200);
      assert.equal(mentionsXApi(text), false);
      assert.equal(InlineIndex.build(text, 'js'), InlineIndex.EMPTY);
      assert.equal(InlineIndex.build('{"name": "x", "version": "1.0.0"}', 'json'), InlineIndex.EMPTY);
      assert.equal(InlineIndex.build('# Title\n\nSome prose.\n', 'markdown'), InlineIndex.EMPTY);
    });
  });

  describe('query strings', () => {
    it('reads user.fields, tweet.fields, post.fields and expansions in a URL string', () => {
      const text = "fetch('https://api.x.com/2/users/2244994945?user.fields=created_at,description&expansions=pinned_tweet_id&tweet.fields=lang');";
      assert.deepEqual(summary(text, 'js'), [
        'user.fields:query:created_at|description', 'expansions:query:pinned_tweet_id', 'tweet.fields:query:lang',
      ]);
      const [user] = params(text, 'js');
      assert.equal(user.userLookup, true);
      assert.equal(text.slice(user.keyStart, user.keyEnd), 'user.fields');
      assert.equal(new Set(params(text, 'js').map((c) => c.group)).size, 1, 'one query, one group');
    });

    it('reads template literals and keeps run-time values out of the checks', () => {
      const text = 'const url = `${base}/2/users/${id}?user.fields=created_at,${extra}&post.fields=article_title`;';
      const contexts = params(text, 'js');
      assert.deepEqual(contexts.map((c) => [c.param, c.values.map((v) => v.value), c.dynamic]), [
        ['user.fields', ['created_at'], true], ['post.fields', ['article_title'], false],
      ]);
      assert.equal(contexts[0].userLookup, true);
    });

    it('decodes %2C separators', () => {
      assert.deepEqual(summary('GET https://api.x.com/2/users/me?user.fields=created_at%2Cdescription', 'http'), [
        'user.fields:query:created_at|description',
      ]);
    });

    it('reads REST Client request lines and their continuation lines as one query', () => {
      const text = [
        'GET https://api.x.com/2/users/by/username/XDevelopers',
        '    ?user.fields=created_at',
        '    &tweet.fields=lang',
        '    &expansions=pinned_tweet_id',
        '',
        '###',
        'GET https://api.x.com/2/tweets/20?tweet.fields=lang HTTP/1.1',
      ].join('\n');
      const contexts = params(text, 'http');
      assert.deepEqual(contexts.map((c) => c.param), ['user.fields', 'tweet.fields', 'expansions', 'tweet.fields']);
      assert.equal(new Set(contexts.slice(0, 3).map((c) => c.group)).size, 1);
      assert.deepEqual(contexts.map((c) => c.userLookup), [true, true, true, false], '/2/tweets is not a user lookup');
    });

    it('skips REST Client variables ({{fields}}) in values', () => {
      const [context] = params('GET {{host}}/2/users/{{id}}?user.fields={{fields}},created_at', 'http');
      assert.deepEqual(context.values.map((v) => v.value), ['created_at']);
      assert.equal(context.dynamic, true);
      assert.equal(context.userLookup, true);
    });

    it('expansions= alone counts only in an X URL or next to a .fields parameter', () => {
      assert.deepEqual(summary('GET https://example.com/api/search?expansions=all', 'http'), []);
      assert.deepEqual(summary('GET https://example.com/v1/items?user.fields=a&expansions=b', 'http').length, 2);
      assert.deepEqual(summary('curl "https://api.twitter.com/2/users/me?expansions=pinned_tweet_id"', 'http'), [
        'expansions:query:pinned_tweet_id',
      ]);
    });

    it('finds query strings inside JSON strings (a Postman export, a config)', () => {
      assert.deepEqual(summary('{"url": "https://api.x.com/2/users/me?user.fields=created_at"}', 'json'), [
        'user.fields:query:created_at',
      ]);
    });
  });

  describe('library options', () => {
    it('twitter-api-v2: quoted dotted keys with arrays and comma-joined strings', () => {
      const text = [
        "import { TwitterApi } from 'twitter-api-v2';",
        "const user = await client.v2.user('2244994945', {",
        "  'user.fields': ['created_at', 'description'],",
        "  expansions: 'pinned_tweet_id',",
        "  'tweet.fields': 'lang,geo',",
        '});',
      ].join('\n');
      assert.deepEqual(summary(text, 'js'), [
        'user.fields:array:created_at|description', 'expansions:string:pinned_tweet_id', 'tweet.fields:string:lang|geo',
      ]);
      const contexts = params(text, 'js');
      assert.ok(contexts.every((c) => c.userLookup && c.group === contexts[0].group));
      assert.equal(contexts[0].keyQuote, "'");
      assert.equal(contexts[0].assign, ':');
    });

    it('dotted keys count without any import (a bare fetch helper)', () => {
      assert.deepEqual(summary("get('/users', { \"user.fields\": \"created_at\" })", 'js'), ['user.fields:string:created_at']);
    });

    it('@xdevplatform/xdk: camelCase keys, postFields for 2.167', () => {
      const text = [
        "import { Client } from '@xdevplatform/xdk';",
        'const res = await client.users.getById(id, { userFields: ["created_at"], tweetFields: ["lang"], expansions: ["pinned_tweet_id"] });',
        'const posts = await client.posts.getById(id, { postFields: ["article_title"] });',
      ].join('\n');
      assert.deepEqual(summary(text, 'js'), [
        'user.fields:array:created_at', 'tweet.fields:array:lang', 'expansions:array:pinned_tweet_id', 'post.fields:array:article_title',
      ]);
      const contexts = params(text, 'js');
      assert.deepEqual(contexts.map((c) => c.userLookup), [true, true, true, false]);
      assert.equal(contexts[0].quote, '"');
    });

    it('tweepy: keyword arguments with lists and comma-joined strings', () => {
      const text = [
        'import tweepy',
        'client = tweepy.Client(bearer_token)',
        'user = client.get_user(',
        '    username="XDevelopers",',
        '    user_fields=["created_at", "public_metrics"],  # what we show',
        '    tweet_fields="lang,geo",',
        '    expansions=["pinned_tweet_id"],',
        ')',
      ].join('\n');
      assert.deepEqual(summary(text, 'python'), [
        'user.fields:array:created_at|public_metrics', 'tweet.fields:string:lang|geo', 'expansions:array:pinned_tweet_id',
      ]);
      assert.ok(params(text, 'python').every((c) => c.userLookup && c.assign === '='));
    });

    it('requests: a params dict with dotted keys', () => {
      const text = "r = requests.get(url, params={'user.fields': 'created_at,description', 'expansions': 'pinned_tweet_id'})";
      assert.deepEqual(summary(text, 'python'), ['user.fields:string:created_at|description', 'expansions:string:pinned_tweet_id']);
      assert.equal(params(text, 'python')[0].userLookup, false, 'requests.get says nothing of the endpoint');
    });

    it('records a variable as value (present, never checked) and tolerates an array still being typed', () => {
      const text = "import { TwitterApi } from 'twitter-api-v2';\nclient.v2.user(id, { expansions: EXPANSIONS, 'user.fields': ['created_at', ";
      const contexts = params(text, 'js');
      assert.deepEqual(contexts.map((c) => [c.param, c.syntax, c.dynamic]), [['expansions', 'expression', true], ['user.fields', 'array', false]]);
      assert.equal(contexts[1].end, text.length);
    });

    it('more call shapes: users(), URLSearchParams, a Python f-string URL', () => {
      const users = "client.v2.users(['1', '2'], { 'user.fields': ['created_at'], 'tweet.fields': ['lang'] })";
      assert.ok(params(users, 'js').every((c) => c.userLookup));
      const search = "new URLSearchParams({ 'user.fields': 'created_at', expansions: 'pinned_tweet_id' })";
      assert.deepEqual(params(search, 'js').map((c) => [c.param, c.userLookup]), [['user.fields', false], ['expansions', false]]);
      const fstring = 'r = httpx.get(f"https://api.x.com/2/users/{user_id}?user.fields=created_at&tweet.fields=lang")';
      assert.deepEqual(params(fstring, 'python').map((c) => [c.param, c.userLookup]), [['user.fields', true], ['tweet.fields', true]]);
    });

    it('a distinctive value anchors a library key in a file without an import', () => {
      assert.deepEqual(summary("const options = { expansions: ['pinned_tweet_id'] };", 'js'), ['expansions:array:pinned_tweet_id']);
      assert.deepEqual(summary("users.get({ userFields: ['created_at', 'public_metrics'] })", 'js'), ['user.fields:array:created_at|public_metrics']);
    });
  });

  describe('property accesses', () => {
    it('TypeScript chains from the first X-specific name, with optional chaining and indexes', () => {
      const text = 'console.log(res.data.public_metrics.followers_count, res.includes?.tweets?.[0].edit_history_tweet_ids, user.withheld!.country_codes);';
      const found = accesses(text, 'js');
      assert.deepEqual(found.map((c) => [c.root, c.segments.map((s) => s.name)]), [
        ['user', ['public_metrics', 'followers_count']],
        ['response', ['includes', 'tweets', 0, 'edit_history_tweet_ids']],
        ['user', ['withheld', 'country_codes']],
      ]);
    });

    it('a tweet-ish name before the anchor reads it as a tweet', () => {
      const [context] = accesses('for (const tweet of tweets) total += tweet.public_metrics.like_count;', 'js');
      assert.equal(context.root, 'tweet');
    });

    it('Python attribute and subscript chains', () => {
      const text = 'print(user.public_metrics["followers_count"], user[\'verified_type\'], resp.includes["tweets"][0]["text"])';
      assert.deepEqual(accesses(text, 'python').map((c) => c.segments.map((s) => s.name)), [
        ['public_metrics', 'followers_count'], ['verified_type'], ['includes', 'tweets', 0, 'text'],
      ]);
    });

    it('pinned_tweet_id and verified_type as plain accesses', () => {
      assert.deepEqual(accesses('if (u.pinned_tweet_id && u.verified_type === "blue") {}', 'js').map((c) => c.segments[0].name), [
        'pinned_tweet_id', 'verified_type',
      ]);
    });
  });

  describe('JSON fixtures and Markdown', () => {
    it('a JSON document shaped like an X response is read through JsonIndex', () => {
      const text = '{\n  "data": { "id": "2244994945", "username": "XDevelopers", "public_metrics": { "followers_count": 1 } }\n}';
      const index = InlineIndex.build(text, 'json');
      const hover = hoverAt(index, offsetOf(text, '"followers_count"', 2), '2.166');
      assert.equal(hover?.doc.path, 'public_metrics.followers_count');
      assert.equal(text.slice(hover.start, hover.end), '"followers_count"');
    });

    it('Markdown: only fenced code blocks, each read as its own language', () => {
      const text = [
        'Prose mentioning user.fields=created_at and `user.public_metrics` gets nothing.',
        '```ts',
        "client.v2.user(id, { 'user.fields': ['created_at'] });",
        'user.public_metrics.followers_count;',
        '```',
        '```python',
        'client.get_user(id=1, user_fields=["description"], expansions="pinned_tweet_id")',
        '```',
        '```bash',
        'curl "https://api.x.com/2/users/me?user.fields=location"',
        '```',
        '```json',
        '{ "data": { "id": "1", "username": "x", "verified_type": "blue" } }',
        '```',
      ].join('\n');
      const index = InlineIndex.build(text, 'markdown');
      assert.deepEqual(index.params().map((c) => `${c.param}=${c.values.map((v) => v.value).join(',')}`), [
        'user.fields=created_at', 'user.fields=description', 'expansions=pinned_tweet_id', 'user.fields=location',
      ]);
      assert.equal(hoverAt(index, offsetOf(text, 'user.fields=created_at', 14), '2.166'), undefined, 'prose is not code');
      assert.equal(hoverAt(index, offsetOf(text, 'followers_count', 1), '2.166')?.doc.path, 'public_metrics.followers_count');
      assert.equal(hoverAt(index, offsetOf(text, '"verified_type"', 2), '2.166')?.doc.path, 'verified_type');
    });
  });

  describe('negative cases: X-looking code that is not X code', () => {
    it('a created_at variable and row.created_at', () => {
      assertInert('const created_at = row.created_at;\nconst description = item.description;\n', 'js');
    });

    it('fields lists of an unrelated ORM', () => {
      assertInert("const rows = await db.users.find({ where: { id }, fields: ['name', 'created_at'] });\n", 'js');
    });

    it('.id, .name and .text on arbitrary objects', () => {
      assertInert('const label = `${item.id}: ${user.name} ${message.text} ${row.data.username}`;\n', 'js');
    });

    it('a Python dict with an expansions key in unrelated code', () => {
      assertInert("config = {'expansions': ['foo', 'bar'], 'fields': ['name']}\nresult = plan(config['expansions'])\n", 'python');
    });

    it('a quoted expansions dict key in a file that does use tweepy elsewhere', () => {
      const text = 'import tweepy\nclient.get_me(user_fields=["created_at"])\nconfig = {"expansions": ["foo"]}\n';
      assert.deepEqual(summary(text, 'python'), ['user.fields:array:created_at']);
    });

    it('camelCase field-list keys of another API without any X anchor', () => {
      assertInert("const query = gql({ userFields: ['name', 'email'], expansions: ['team'] });\n", 'js');
    });

    it('Array.prototype.includes, spreads and bare variables named like fields', () => {
      assertInert('if (list.includes(x)) { const public_metrics = {...public_metrics}; const withheld = false; }\n', 'js');
    });

    it('a JSON document that is not an X response', () => {
      assertInert('{\n  "data": { "name": "pkg", "text": "hello", "id": 3 },\n  "title": "x"\n}\n', 'json');
    });

    it('a URL of another API with an expansions parameter', () => {
      assertInert("fetch('https://jira.example.com/rest/api/2/issue/1?expansions=changelog');\n", 'js');
    });
  });
});
