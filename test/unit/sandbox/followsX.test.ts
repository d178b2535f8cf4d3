import { strict as assert } from 'node:assert';
import { request } from 'undici';
import { SANDBOX_BEARER, SANDBOX_OAUTH2 } from '../../../src/core/auth/sandboxCredentials';
import { startHarness, type Harness } from '../../support/sandboxHarness';

type Problem = { message: string; parameters: Record<string, string[]> };
type Body = { errors?: (Problem & { type?: string })[]; type?: string; title?: string };

const bearer = { authorization: `Bearer ${SANDBOX_BEARER.token}` };
const userToken = { authorization: `Bearer ${SANDBOX_OAUTH2.accessToken}` };

describe('sandbox follows X where clients saw it differ', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  async function get(path: string, headers: Record<string, string> = bearer): Promise<{ status: number; headers: Record<string, unknown>; body: Body }> {
    const res = await request(`${h.sandbox.url}${path}`, { headers });
    return { status: res.statusCode, headers: res.headers, body: (await res.body.json()) as Body };
  }

  describe('uniqueItems on *.fields and expansions', () => {
    for (const [param, values, repeated] of [
      ['user.fields', 'created_at,id,created_at', 'created_at'],
      ['expansions', 'pinned_tweet_id,pinned_tweet_id', 'pinned_tweet_id'],
      ['tweet.fields', 'lang,lang,lang', 'lang'],
      ['post.fields', 'lang,lang', 'lang'],
    ] as const) {
      it(`refuses ${param} listing a value twice`, async () => {
        const res = await get(`/2/users/2244994945?${param}=${values}${param === 'expansions' ? '' : '&expansions=pinned_tweet_id'}`);
        assert.equal(res.status, 400);
        assert.equal(res.body.title, 'Invalid Request');
        const problems = (res.body.errors ?? []).filter((e) => e.message.includes('is repeated'));
        assert.deepEqual(problems, [{
          parameters: { [param]: [values] },
          message: `The \`${param}\` query parameter value [${repeated}] is repeated; each value may be given once`,
        }]);
      });
    }

    it('still answers 200 to the same values given once', async () => {
      const res = await get('/2/users/2244994945?user.fields=created_at,id&expansions=pinned_tweet_id&tweet.fields=lang');
      assert.equal(res.status, 200);
    });
  });

  describe('a repeated query parameter is an error, not last-wins', () => {
    it('refuses ids given twice, echoing both', async () => {
      const res = await get('/2/users?ids=2244994945&ids=783214');
      assert.equal(res.status, 400);
      assert.deepEqual(res.body.errors, [{
        parameters: { ids: ['2244994945', '783214'] },
        message: 'The query parameter [ids] is given 2 times; give it once, with its values comma-separated',
      }]);
      assert.equal(res.body.type, 'https://api.twitter.com/2/problems/invalid-request');
    });

    it('refuses a field list given twice even when both are valid', async () => {
      const res = await get('/2/users/2244994945?user.fields=id&user.fields=name');
      assert.equal(res.status, 400);
      assert.match(res.body.errors?.[0].message ?? '', /The query parameter \[user.fields\] is given 2 times/);
    });

    it('reports a parameter given 300 times once, with a few of its values', async () => {
      const res = await get(`/2/users/by?usernames=jack&${Array.from({ length: 299 }, () => 'usernames=a').join('&')}`);
      assert.equal(res.status, 400);
      assert.equal(res.body.errors?.length, 1);
      assert.match(res.body.errors?.[0].message ?? '', /given 300 times/);
      assert.equal(res.body.errors?.[0].parameters.usernames.length, 5);
    });
  });

  describe('rate-limit headers on 400 and 403 as on 200, none on 401', () => {
    const hasHeaders = (headers: Record<string, unknown>): boolean =>
      ['x-rate-limit-limit', 'x-rate-limit-remaining', 'x-rate-limit-reset'].every((name) => typeof headers[name] === 'string');

    it('sends them on a 400 invalid request, counted like a 200', async () => {
      const ok = await get('/2/users/2244994945');
      const bad = await get('/2/users/2244994945?user.fields=nope');
      assert.equal(ok.status, 200);
      assert.equal(bad.status, 400);
      assert.ok(hasHeaders(bad.headers));
      assert.equal(bad.headers['x-rate-limit-limit'], '300');
      assert.equal(Number(bad.headers['x-rate-limit-remaining']), Number(ok.headers['x-rate-limit-remaining']) - 1);
      assert.equal(bad.headers['x-rate-limit-reset'], ok.headers['x-rate-limit-reset']);
    });

    it('sends them on the 403 for app-only auth on /2/users/me, without counting the refusal', async () => {
      const first = await get('/2/users/me');
      const second = await get('/2/users/me');
      assert.equal(first.status, 403);
      assert.equal(first.body.type, 'https://api.twitter.com/2/problems/unsupported-authentication');
      assert.ok(hasHeaders(first.headers));
      assert.equal(first.headers['x-rate-limit-limit'], '75');
      assert.equal(first.headers['x-rate-limit-remaining'], '75');
      assert.equal(second.headers['x-rate-limit-remaining'], '75');
      assert.ok(Number(first.headers['x-rate-limit-reset']) > Date.now() / 1000);
      // A user-context caller's own window is untouched by the app's refusals.
      const me = await get('/2/users/me', userToken);
      assert.equal(me.status, 200);
      assert.equal(me.headers['x-rate-limit-remaining'], '74');
    });

    it('sends them on the v1.1 403 (code 220) for app-only auth on custom profiles', async () => {
      const res = await get('/1.1/custom_profiles/100001.json');
      assert.equal(res.status, 403);
      assert.deepEqual(res.body, { errors: [{ code: 220, message: 'Your credentials do not allow access to this resource.' }] } as unknown as Body);
      assert.ok(hasHeaders(res.headers));
      assert.equal(res.headers['x-rate-limit-limit'], '180');
    });

    it('sends none on a 401', async () => {
      const res = await get('/2/users/2244994945', { authorization: 'Bearer not-the-sandbox-token' });
      assert.equal(res.status, 401);
      assert.ok(!Object.keys(res.headers).some((name) => name.startsWith('x-rate-limit-')));
    });
  });

  describe('one problem type host per server', () => {
    const requests = [
      ['2.166 invalid request', '/2/users?ids=foo&user.fields=pinned_tweet_id'],
      ['2.167 invalid request', '/2/users?ids=foo&user.fields=subscribes_to_you'],
      ['2.166 not found', '/2/users?ids=1234404&user.fields=pinned_tweet_id'],
      ['2.167 not found', '/2/users?ids=1234404&user.fields=subscribes_to_you'],
      ['2.167 app-only on /me', '/2/users/me?post.fields=lang'],
    ] as const;

    async function types(): Promise<string[]> {
      const out: string[] = [];
      for (const [, path] of requests) {
        const { body } = await get(path);
        out.push(String(body.type ?? body.errors?.[0].type));
      }
      return out;
    }

    it('uses api.twitter.com by default, whatever vocabulary a request uses', async () => {
      assert.deepEqual(await types(), [
        'https://api.twitter.com/2/problems/invalid-request',
        'https://api.twitter.com/2/problems/invalid-request',
        'https://api.twitter.com/2/problems/resource-not-found',
        'https://api.twitter.com/2/problems/resource-not-found',
        'https://api.twitter.com/2/problems/unsupported-authentication',
      ]);
    });

    it('uses api.x.com for every answer when started with it', async () => {
      await h.close();
      h = await startHarness({ problemTypeHost: 'api.x.com' });
      assert.deepEqual(await types(), [
        'https://api.x.com/2/problems/invalid-request',
        'https://api.x.com/2/problems/invalid-request',
        'https://api.x.com/2/problems/resource-not-found',
        'https://api.x.com/2/problems/resource-not-found',
        'https://api.x.com/2/problems/unsupported-authentication',
      ]);
    });
  });
});
