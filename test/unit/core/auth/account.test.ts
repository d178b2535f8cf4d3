import { strict as assert } from 'node:assert';
import {
  accountKey, accountLabel, accountSecretForms, credentialsOf, parseStoredAccount, secretsOf, serializeAccount, type Account, type OAuth2UserAccount,
} from '../../../../src/core/auth/account';
import { applyRefresh, refreshDecision, REFRESH_MARGIN_MS, SingleFlight } from '../../../../src/core/auth/refreshPolicy';
import { redact } from '../../../../src/core/auth/redact';

const OAUTH2: OAuth2UserAccount = {
  kind: 'oauth2', baseUrl: 'https://api.x.com', clientId: 'client-1', userId: '1234567890123456789', username: 'someone',
  accessToken: 'access-token-aaaa', refreshToken: 'refresh-token-bbbb', expiresAt: 1_700_000_000_000, scopes: ['tweet.read', 'users.read', 'offline.access'],
};
const OAUTH1: Account = {
  kind: 'oauth1', baseUrl: 'http://127.0.0.1:9000', userId: '42', screenName: 'XApiSandbox',
  consumerKey: 'consumer-key-1', consumerSecret: 'consumer-secret-1', accessToken: 'access-token-1', accessTokenSecret: 'access-secret-1',
};
/** A copy without the named keys. */
function without<T extends object>(value: T, ...keys: (keyof T)[]): T {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

const APP: Account = { kind: 'bearer', baseUrl: 'https://api.x.com', token: 'AAAA%2Fbearer-token' };

describe('accounts', () => {
  it('round-trips every kind through storage', () => {
    for (const account of [OAUTH2, OAUTH1, APP]) assert.deepEqual(parseStoredAccount(serializeAccount(account)), { ok: true, account });
    const minimal = without(OAUTH2, 'refreshToken', 'expiresAt');
    assert.deepEqual(parseStoredAccount(serializeAccount(minimal)), { ok: true, account: minimal });
  });

  it('refuses anything else from storage, never quoting a secret', () => {
    const stored = JSON.parse(serializeAccount(OAUTH2)) as Record<string, unknown>;
    const bad: unknown[] = [
      'not json', 42, null, [], { ...stored, version: 2 }, { ...stored, kind: 'cookie' }, { ...stored, extra: 'x' },
      { ...stored, userId: 42 }, { ...stored, userId: '12a' }, { ...stored, accessToken: 'access token-aaaa' },
      { ...stored, refreshToken: 7 }, { ...stored, scopes: 'tweet.read' }, { ...stored, scopes: ['a b'] },
      { ...stored, expiresAt: 'soon' }, { ...stored, baseUrl: 'http://evil.example' }, { ...stored, baseUrl: 'https://api.x.com/' },
      { ...stored, username: 'has space' }, { ...stored, accessToken: undefined }, 'x'.repeat(70_000),
    ];
    for (const input of bad) {
      const result = parseStoredAccount(input);
      assert.ok(!result.ok, JSON.stringify(input).slice(0, 80));
      assert.doesNotMatch(result.message, /access-token-aaaa|refresh-token-bbbb|access token-aaaa/);
    }
  });

  it('names, keys and turns accounts into credentials', () => {
    assert.equal(accountLabel(OAUTH2), '@someone');
    assert.equal(accountLabel(OAUTH1), '@XApiSandbox (OAuth 1.0a)');
    assert.equal(accountKey(OAUTH2), 'oauth2:1234567890123456789');
    assert.equal(accountKey(OAUTH1), 'http://127.0.0.1:9000 oauth1:42');
    assert.equal(accountKey(APP), 'app');
    assert.deepEqual(credentialsOf(OAUTH2), { kind: 'oauth2', accessToken: 'access-token-aaaa' });
    assert.deepEqual(credentialsOf(APP), { kind: 'bearer', token: 'AAAA%2Fbearer-token' });
    assert.equal(credentialsOf(OAUTH1).kind, 'oauth1');
  });

  it('lists every secret for redaction, the refresh token included', () => {
    assert.deepEqual(secretsOf(OAUTH2), ['access-token-aaaa', 'refresh-token-bbbb']);
    assert.equal(secretsOf(OAUTH1).length, 4);
    const text = `refresh ${encodeURIComponent('refresh-token-bbbb')} and ${Buffer.from('AAAA%2Fbearer-token').toString('base64')}`;
    assert.doesNotMatch(redact(text, accountSecretForms([OAUTH2, APP])), /refresh-token-bbbb|QUFB/);
  });
});

describe('refresh policy', () => {
  const now = OAUTH2.expiresAt! - 10 * 60_000;

  it('refreshes within the margin, after a 401, and asks for a new sign-in without a refresh token', () => {
    assert.equal(refreshDecision(OAUTH2, now), 'use');
    assert.equal(refreshDecision(OAUTH2, OAUTH2.expiresAt! - REFRESH_MARGIN_MS), 'refresh');
    assert.equal(refreshDecision(OAUTH2, OAUTH2.expiresAt! + 1), 'refresh');
    assert.equal(refreshDecision(OAUTH2, now, 401), 'refresh');
    assert.equal(refreshDecision(OAUTH2, now, 403), 'use');
    const noRefresh = without(OAUTH2, 'refreshToken');
    assert.equal(refreshDecision(noRefresh, now), 'use');
    assert.equal(refreshDecision(noRefresh, now, 401), 'sign-in-again');
    const noExpiry = without(OAUTH2, 'expiresAt');
    assert.equal(refreshDecision(noExpiry, Number.MAX_SAFE_INTEGER), 'use');
  });

  it('applies a rotation, and keeps the old refresh token when the server does not rotate', () => {
    const rotated = applyRefresh(OAUTH2, { tokenType: 'bearer', accessToken: 'access-2', refreshToken: 'refresh-2', expiresAt: 5, scopes: ['tweet.read'] });
    assert.deepEqual(rotated, { ...OAUTH2, accessToken: 'access-2', refreshToken: 'refresh-2', expiresAt: 5, scopes: ['tweet.read'] });
    const kept = applyRefresh(OAUTH2, { tokenType: 'bearer', accessToken: 'access-3' });
    assert.equal(kept.refreshToken, OAUTH2.refreshToken);
    assert.equal(kept.expiresAt, undefined);
    assert.deepEqual(kept.scopes, OAUTH2.scopes);
  });

  it('runs one refresh per key at a time', async () => {
    const flight = new SingleFlight<number>();
    let runs = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const task = async (): Promise<number> => {
      runs++;
      await gate;
      return runs;
    };
    const a = flight.run('k', task);
    const b = flight.run('k', task);
    const c = flight.run('other', task);
    assert.equal(a, b);
    assert.ok(flight.isRunning('k'));
    release();
    assert.deepEqual(await Promise.all([a, b, c]), [2, 2, 2]);
    assert.ok(!flight.isRunning('k'));
    assert.equal(await flight.run('k', task), 3, 'a new run after the first settled');
  });
});
