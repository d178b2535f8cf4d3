import { strict as assert } from 'node:assert';
import { request } from 'undici';
import { SANDBOX_BEARER, SANDBOX_OAUTH1, SANDBOX_OAUTH2 } from '../../../src/core/auth/sandboxCredentials';
import type { LookupOutcome, LookupSuccess } from '../../../src/core/response/outcome';
import { SANDBOX_ME_ID } from '../../../src/sandbox/data/users';
import { startHarness, type Harness } from '../../support/sandboxHarness';

type Obj = Record<string, unknown>;

function success(outcome: LookupOutcome): LookupSuccess {
  if (!outcome.ok) assert.fail(`expected success, got ${outcome.error.kind}: ${outcome.error.message}`);
  return outcome;
}

function data(outcome: LookupOutcome): Obj {
  return (success(outcome).body as Obj).data as Obj;
}

describe('sandbox over real HTTP', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('listens on 127.0.0.1 with an ephemeral port', () => {
    assert.match(h.sandbox.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers the docs example with only the default fields', async () => {
    const outcome = await h.engine().lookup({ endpoint: 'userById', id: '2244994945' });
    const user = data(outcome);
    assert.deepEqual(Object.keys(user).sort(), ['id', 'name', 'username']);
    assert.equal(user.id, '2244994945');
    assert.equal(user.username, 'XDevelopers');
    assert.equal(typeof user.id, 'string');
    assert.equal(success(outcome).status, 200);
  });

  it('adds requested user fields and nothing else', async () => {
    const user = data(await h.engine().lookup({ endpoint: 'userById', id: '2244994945', userFields: ['created_at', 'public_metrics', 'entities'] }));
    assert.deepEqual(Object.keys(user).sort(), ['created_at', 'entities', 'id', 'name', 'public_metrics', 'username']);
    assert.equal(typeof (user.public_metrics as Obj).followers_count, 'number');
  });

  it('puts expanded tweets in includes with the requested tweet fields', async () => {
    const outcome = await h.engine().lookup({
      endpoint: 'userById', id: '2244994945', expansions: ['pinned_tweet_id'], tweetFields: ['created_at', 'public_metrics'],
    });
    const body = success(outcome).body as Obj;
    const user = body.data as Obj;
    assert.equal(typeof user.pinned_tweet_id, 'string');
    const tweets = (body.includes as Obj).tweets as Obj[];
    assert.equal(tweets.length, 1);
    assert.equal(tweets[0].id, user.pinned_tweet_id);
    assert.deepEqual(Object.keys(tweets[0]).sort(), ['created_at', 'edit_history_tweet_ids', 'id', 'public_metrics', 'text']);
  });

  it('has no includes without expansions, even with tweet fields', async () => {
    const body = success(await h.engine().lookup({ endpoint: 'userById', id: '2244994945', tweetFields: ['created_at'] })).body as Obj;
    assert.equal(body.includes, undefined);
  });

  it('speaks the 2.167 vocabulary when asked with post.fields', async () => {
    const outcome = await h.engine(SANDBOX_OAUTH1, '2.167').lookup({
      endpoint: 'userById', id: '2244994945', userFields: ['public_metrics'], expansions: ['pinned_post_id'], tweetFields: ['public_metrics'],
    });
    const body = success(outcome).body as Obj;
    const user = body.data as Obj;
    assert.equal(typeof user.pinned_post_id, 'string');
    assert.ok('post_count' in (user.public_metrics as Obj));
    assert.ok(!('tweet_count' in (user.public_metrics as Obj)));
    const posts = (body.includes as Obj).posts as Obj[];
    assert.ok(Array.isArray(posts) && posts.length === 1);
    assert.ok('edit_history_post_ids' in posts[0]);
    assert.ok('repost_count' in (posts[0].public_metrics as Obj));
  });

  it('returns found users with partial errors for the missing and suspended', async () => {
    const outcome = await h.engine().lookup({ endpoint: 'usersByIds', ids: ['2244994945', '1234404', '5550403'] });
    const ok = success(outcome);
    assert.equal((ok.body as Obj & { data: Obj[] }).data.length, 1);
    assert.equal(ok.problems.length, 2);
    assert.equal(ok.problems[0].title, 'Not Found Error');
    assert.equal(ok.problems[0].resource_id, '1234404');
    assert.equal(ok.problems[0].type, 'https://api.twitter.com/2/problems/resource-not-found');
    assert.match(String(ok.problems[1].detail), /suspended/);
  });

  it('answers an unknown username with a 200 carrying only errors', async () => {
    const outcome = await h.engine().lookup({ endpoint: 'userByUsername', username: 'missing_person' });
    assert.equal(outcome.ok, false);
    if (outcome.ok) return;
    assert.equal(outcome.status, 200);
    assert.equal(outcome.error.kind, 'resource-errors');
    assert.match(outcome.error.message, /Could not find user with username: \[missing_person\]/);
  });

  it('answers any other valid id with a deterministic generated user', async () => {
    const a = data(await h.engine().lookup({ endpoint: 'userById', id: '9223372036854775807', userFields: ['created_at'] }));
    const b = data(await h.engine().lookup({ endpoint: 'userById', id: '9223372036854775807', userFields: ['created_at'] }));
    assert.deepEqual(a, b);
    assert.equal(a.id, '9223372036854775807');
  });

  it('hides private fields from other viewers and reports author-only metrics as field errors', async () => {
    const me = data(await h.engine().lookup({ endpoint: 'me', userFields: ['confirmed_email'] }));
    assert.equal(me.id, SANDBOX_ME_ID);
    assert.equal(typeof me.confirmed_email, 'string');
    const other = data(await h.engine(SANDBOX_BEARER).lookup({ endpoint: 'userById', id: '2244994945', userFields: ['confirmed_email', 'connection_status'] }));
    assert.equal(other.confirmed_email, undefined);
    assert.equal(other.connection_status, undefined);
    const outcome = success(await h.engine(SANDBOX_BEARER).lookup({
      endpoint: 'userById', id: '2244994945', expansions: ['pinned_tweet_id'], tweetFields: ['non_public_metrics'],
    }));
    assert.ok(outcome.problems.some((p) => String(p.type).endsWith('not-authorized-for-field')));
  });

  it('serves every auth kind it documents and refuses app-only auth on /2/users/me', async () => {
    for (const credentials of [SANDBOX_BEARER, SANDBOX_OAUTH1, SANDBOX_OAUTH2]) {
      success(await h.engine(credentials).lookup({ endpoint: 'userById', id: '2244994945' }));
    }
    // The engine refuses before sending; a raw request shows what the sandbox itself answers.
    const raw = await request(`${h.sandbox.url}/2/users/me`, { headers: { authorization: `Bearer ${SANDBOX_BEARER.token}` } });
    const body = (await raw.body.json()) as Obj;
    assert.equal(raw.statusCode, 403);
    assert.equal(body.type, 'https://api.twitter.com/2/problems/unsupported-authentication');
  });

  it('answers 401 with X body for unknown tokens and bad signatures', async () => {
    const bad = await h.engine({ kind: 'bearer', token: 'not-the-sandbox-token' }).lookup({ endpoint: 'userById', id: '1' });
    assert.equal(bad.ok, false);
    if (!bad.ok) {
      assert.equal(bad.status, 401);
      assert.equal(bad.error.kind, 'unauthorized');
      assert.deepEqual(bad.body, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
      assert.ok(!bad.error.message.includes('not-the-sandbox-token'), 'the token must not appear in the message');
    }
    const wrongSecret = await h.engine({ ...SANDBOX_OAUTH1, accessTokenSecret: 'wrong' }).lookup({ endpoint: 'customProfile', id: '100001' });
    assert.equal(wrongSecret.ok, false);
    if (!wrongSecret.ok) {
      assert.equal(wrongSecret.status, 401);
      assert.deepEqual(wrongSecret.error.v1Errors, [{ code: 32, message: 'Could not authenticate you.' }]);
    }
  });

  it('refuses a replayed OAuth nonce and a stale timestamp', async () => {
    const url = `${h.sandbox.url}/2/users/2244994945`;
    const { OAuth1Signer } = await import('../../../src/core/auth/oauth1');
    const { nodeSigningDeps } = await import('../../../src/net/nodeSigningDeps');
    const fixedNonce = new OAuth1Signer(SANDBOX_OAUTH1, { ...nodeSigningDeps, nonce: () => 'same-nonce' });
    const first = await request(url, { headers: { authorization: fixedNonce.authorization({ method: 'GET', url }) } });
    await first.body.dump();
    assert.equal(first.statusCode, 200);
    const replay = await request(url, { headers: { authorization: fixedNonce.authorization({ method: 'GET', url }) } });
    await replay.body.dump();
    assert.equal(replay.statusCode, 401);
    const stale = new OAuth1Signer(SANDBOX_OAUTH1, { ...nodeSigningDeps, nowSeconds: () => Math.floor(Date.now() / 1000) - 3600 });
    const old = await request(`${h.sandbox.url}/1.1/custom_profiles/100001.json`, {
      headers: { authorization: stale.authorization({ method: 'GET', url: `${h.sandbox.url}/1.1/custom_profiles/100001.json` }) },
    });
    assert.equal(old.statusCode, 401);
    assert.deepEqual(await old.body.json(), { errors: [{ code: 135, message: 'Timestamp out of bounds.' }] });
  });

  it('answers invalid queries with X invalid-request bodies', async () => {
    const url = `${h.sandbox.url}/2/users?ids=47998559,foo`;
    const raw = await request(url, { headers: { authorization: `Bearer ${SANDBOX_BEARER.token}` } });
    const body = (await raw.body.json()) as Obj;
    assert.equal(raw.statusCode, 400);
    assert.deepEqual(body, {
      errors: [{ parameters: { ids: ['47998559,foo'] }, message: 'The `ids` query parameter value [foo] does not match ^[0-9]{1,19}$' }],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
    });
    const enumRaw = await request(`${h.sandbox.url}/2/users/1?user.fields=create_at`, { headers: { authorization: `Bearer ${SANDBOX_BEARER.token}` } });
    const enumBody = (await enumRaw.body.json()) as { errors: { message: string }[] };
    assert.equal(enumRaw.statusCode, 400);
    assert.match(enumBody.errors[0].message, /The `user.fields` query parameter value \[create_at\] is not one of/);
  });

  it('sends rate-limit headers that count down', async () => {
    const engine = h.engine(SANDBOX_BEARER);
    const first = success(await engine.lookup({ endpoint: 'userById', id: '1' }));
    const second = success(await engine.lookup({ endpoint: 'userById', id: '1' }));
    assert.equal(first.rateLimit?.limit, 300);
    assert.equal(first.rateLimit?.remaining, 299);
    assert.equal(second.rateLimit?.remaining, 298);
    assert.ok(first.rateLimit!.reset > Date.now() / 1000);
  });

  it('serves the seed custom profile and pages the list with cursors', async () => {
    const profile = success(await h.engine().lookup({ endpoint: 'customProfile', id: '100001' }));
    assert.deepEqual((profile.body as Obj).custom_profile, {
      id: '100001', created_timestamp: '1479767168196', name: 'Jon C, Partner Engineer',
      avatar: { media: { url: 'https://pbs.twimg.com/media/Cr7HZpvVYAAYZIX.jpg' } },
    });
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const body = success(await h.engine().lookup({ endpoint: 'customProfiles', count: 25, cursor })).body as { custom_profiles: Obj[]; next_cursor?: string };
      for (const p of body.custom_profiles) seen.add(String(p.id));
      cursor = body.next_cursor;
      if (!cursor) break;
    }
    assert.ok(seen.size > 50, `paged through ${seen.size} profiles`);
    assert.ok(seen.has('100001'));
    const missing = await h.engine().lookup({ endpoint: 'customProfile', id: '999' });
    assert.equal(missing.ok, false);
    if (!missing.ok) assert.equal(missing.error.kind, 'not-found');
  });

  it('refuses custom profiles to Bearer and OAuth 2.0 with code 220', async () => {
    const raw = await request(`${h.sandbox.url}/1.1/custom_profiles/100001.json`, { headers: { authorization: `Bearer ${SANDBOX_OAUTH2.accessToken}` } });
    assert.equal(raw.statusCode, 403);
    assert.deepEqual(await raw.body.json(), { errors: [{ code: 220, message: 'Your credentials do not allow access to this resource.' }] });
  });

  it('resolves the affiliation expansion into includes.users', async () => {
    const body = success(await h.engine().lookup({ endpoint: 'userById', id: '2244994945', expansions: ['affiliation.user_id'] })).body as Obj;
    const affiliation = (body.data as Obj).affiliation as Obj | undefined;
    if (affiliation) {
      const users = (body.includes as Obj).users as Obj[];
      assert.deepEqual(users.map((u) => u.id), affiliation.user_id);
    } else {
      assert.equal(body.includes, undefined);
    }
  });
});

describe('sandbox rate limits with an injected clock', () => {
  it('answers 429 past the window limit and renews after 15 minutes', async () => {
    let now = Date.UTC(2026, 10, 26, 12, 0, 0);
    const h = await startHarness({ now: () => now });
    try {
      const engine = h.engine(SANDBOX_OAUTH2);
      for (let i = 0; i < 75; i++) success(await engine.lookup({ endpoint: 'me' }));
      const limited = await engine.lookup({ endpoint: 'me' });
      assert.equal(limited.ok, false);
      if (!limited.ok) {
        assert.equal(limited.error.kind, 'rate-limited');
        assert.equal(limited.rateLimit?.remaining, 0);
        assert.equal(limited.rateLimit?.reset, now / 1000 + 900);
        assert.deepEqual(limited.body, { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 });
      }
      now += 15 * 60 * 1000;
      const renewed = success(await engine.lookup({ endpoint: 'me' }));
      assert.equal(renewed.rateLimit?.remaining, 74);
    } finally {
      await h.close();
    }
  });
});
