import { strict as assert } from 'node:assert';
import { connect } from 'node:net';
import { request } from 'undici';
import { SANDBOX_BEARER, SANDBOX_OAUTH1 } from '../../../src/core/auth/sandboxCredentials';
import { prepareLookup, type LookupRequest } from '../../../src/core/request/lookupRequest';
import { VOCABULARY_FIELDS, type Vocabulary } from '../../../src/core/catalog/vocabulary';
import { MAX_URL_BYTES } from '../../../src/sandbox/limits';
import { startHarness, type Harness } from '../../support/sandboxHarness';

type Problem = { message: string; parameters: Record<string, string[]> };
type InvalidRequest = { errors: Problem[]; title: string; detail: string; type: string };

/** What the issue measured at 98 MB; every refusal below must stay far under it. */
const SMALL_BODY = 16 * 1024;

const auth = { authorization: `Bearer ${SANDBOX_BEARER.token}` };

function repeat(value: string, times: number): string {
  return Array.from({ length: times }, () => value).join(',');
}

/** Sends raw bytes and reads everything the server writes until it closes the socket. */
function exchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

function statusAndBody(answer: string): { status: number; head: string; body: unknown } {
  const split = answer.indexOf('\r\n\r\n');
  assert.ok(split > 0, `no header block in ${JSON.stringify(answer.slice(0, 200))}`);
  return { status: Number(answer.slice(9, 12)), head: answer.slice(0, split).toLowerCase(), body: JSON.parse(answer.slice(split + 4)) };
}

describe('sandbox limits: huge requests get small answers', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  async function get(path: string): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
    const res = await request(`${h.sandbox.url}${path}`, { headers: auth });
    return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
  }

  it('refuses the 7,000-value, 14 KB URL with a small 414 before parsing or counting it', async () => {
    const path = `/2/users?ids=${repeat('a', 7000)}`;
    assert.ok(path.length > 14_000);
    const res = await get(path);
    assert.equal(res.status, 414);
    assert.ok(res.text.length < SMALL_BODY, `${res.text.length} bytes`);
    assert.deepEqual(JSON.parse(res.text), { title: 'URI Too Long', detail: 'URI Too Long', type: 'about:blank', status: 414 });
    assert.match(String(res.headers['content-type']), /application\/problem\+json/);
    assert.equal(res.headers['x-rate-limit-remaining'], undefined, 'refused before any window is looked at');
    const next = await get('/2/users/2244994945');
    assert.equal(next.status, 200);
    assert.equal(next.headers['x-rate-limit-remaining'], '299', 'the refused request did not count');
  });

  it('answers a list over 100 values with one problem that gives the count, not one per value', async () => {
    const res = await get(`/2/users?ids=${repeat('a', 3000)}`);
    assert.equal(res.status, 400);
    assert.ok(res.text.length < SMALL_BODY, `${res.text.length} bytes`);
    const body = JSON.parse(res.text) as InvalidRequest;
    assert.equal(body.type, 'https://api.twitter.com/2/problems/invalid-request');
    assert.equal(body.errors.length, 1);
    assert.equal(body.errors[0].message, 'The number of values in the `ids` query parameter list [3000] is not between 1 and 100');
    const echoed = body.errors[0].parameters.ids[0];
    assert.ok(echoed.length <= 200 && echoed.endsWith('…'), `echo clipped: ${echoed.length} chars`);
    assert.ok(echoed.startsWith('a,a,a'));
    assert.equal(res.headers['x-rate-limit-remaining'], '299');

    const usernames = JSON.parse((await get(`/2/users/by?usernames=${repeat('jack', 101)}`)).text) as InvalidRequest;
    assert.deepEqual(usernames.errors.map((e) => e.message), [
      'The number of values in the `usernames` query parameter list [101] is not between 1 and 100',
    ]);
  });

  it('still checks each value of a list within the limit, once per distinct value', async () => {
    const body = JSON.parse((await get(`/2/users?ids=${repeat('a', 98)},12,b`)).text) as InvalidRequest;
    assert.deepEqual(body.errors.map((e) => e.message), [
      'The `ids` query parameter value [a] does not match ^[0-9]{1,19}$',
      'The `ids` query parameter value [b] does not match ^[0-9]{1,19}$',
    ]);
  });

  it('caps the problems of one answer at 10 and clips every echoed value', async () => {
    const long = Array.from({ length: 5 }, (_, i) => `not_a_field_${i}_${'x'.repeat(100)}`).join(',');
    const many = Array.from({ length: 30 }, (_, i) => `nope_${i}`).join(',');
    const res = await get(`/2/users?ids=${repeat('a', 50)},b,c&user.fields=${long}&tweet.fields=${many}&expansions=${many}`);
    assert.equal(res.status, 400);
    assert.ok(res.text.length < SMALL_BODY, `${res.text.length} bytes`);
    const body = JSON.parse(res.text) as InvalidRequest;
    assert.equal(body.errors.length, 10);
    for (const problem of body.errors) {
      for (const values of Object.values(problem.parameters)) for (const value of values) assert.ok(value.length <= 200, `${value.length} chars echoed`);
      assert.ok(!problem.message.includes('x'.repeat(64)), 'an offending item is quoted clipped');
      assert.ok(problem.message.length < 1024, `${problem.message.length} chars of message`);
    }
    assert.match(body.errors[0].message, /^The `user.fields` query parameter value \[not_a_field_0_x+…\] is not one of \[/);
  });

  it('clips a huge path value in its problem', async () => {
    const res = await get(`/2/users/${'9'.repeat(7000)}`);
    assert.equal(res.status, 400);
    assert.ok(res.text.length < 1024, `${res.text.length} bytes`);
    const body = JSON.parse(res.text) as InvalidRequest;
    assert.equal(body.errors.length, 1);
    assert.ok(body.errors[0].parameters.id[0].length <= 64);
  });

  for (const vocabulary of ['2.166', '2.167'] as Vocabulary[]) {
    it(`answers the longest valid lookup (100 ids of 19 digits, every ${vocabulary} field) normally`, async () => {
      const fields = VOCABULARY_FIELDS[vocabulary];
      const ids = Array.from({ length: 100 }, (_, i) => String(1_000_000_000_000_000_000n + BigInt(i)));
      const lookup: LookupRequest = {
        endpoint: 'usersByIds', ids, userFields: [...fields.userFields], expansions: [...fields.expansions], tweetFields: [...fields.tweetFields],
      };
      const prepared = prepareLookup(lookup, { vocabulary, auth: 'oauth1' });
      if (!prepared.ok) assert.fail(JSON.stringify(prepared.issues));
      // The margin the URL limit's comment promises.
      assert.ok(prepared.request.pathAndQuery.length < 3000 && prepared.request.pathAndQuery.length * 2 < MAX_URL_BYTES, `${prepared.request.pathAndQuery.length} bytes`);
      const outcome = await h.engine(SANDBOX_OAUTH1, vocabulary).lookup(lookup);
      if (!outcome.ok) assert.fail(`${outcome.status}: ${outcome.error.message}`);
      assert.equal((outcome.body as { data: unknown[] }).data.length, 100);
    });
  }

  it('answers a request line past the parser limit with a 414 body, not a bare status line', async () => {
    const answer = statusAndBody(await exchange(h.sandbox.port, `GET /2/users?ids=${repeat('1', 12_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`));
    assert.equal(answer.status, 414);
    assert.match(answer.head, /content-type: application\/problem\+json/);
    assert.deepEqual(answer.body, { title: 'URI Too Long', detail: 'URI Too Long', type: 'about:blank', status: 414 });
  });

  it('answers over-large headers with 431 and a problem body', async () => {
    const answer = statusAndBody(await exchange(h.sandbox.port, `GET /2/users/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`));
    assert.equal(answer.status, 431);
    assert.deepEqual(answer.body, {
      title: 'Request Header Fields Too Large', detail: 'Request Header Fields Too Large', type: 'about:blank', status: 431,
    });
  });

  it('answers a request node cannot parse with a 400 problem body', async () => {
    const answer = statusAndBody(await exchange(h.sandbox.port, 'NOT AN HTTP REQUEST\r\n\r\n'));
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body, { title: 'Bad Request', detail: 'Bad Request', type: 'about:blank', status: 400 });
  });

  it('does not read a large unread body to keep the connection alive, but keeps it for a small one', async () => {
    const big = await exchange(h.sandbox.port, `POST /2/users HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${500 * 1024 * 1024}\r\n\r\n${'z'.repeat(1000)}`);
    const bigAnswer = statusAndBody(big);
    assert.equal(bigAnswer.status, 404);
    assert.match(bigAnswer.head, /connection: close/);

    const small = await request(`${h.sandbox.url}/2/users`, { method: 'POST', body: 'x'.repeat(100), headers: auth });
    await small.body.dump();
    assert.equal(small.statusCode, 404);
    assert.equal(small.headers.connection, 'keep-alive');
  });
});
