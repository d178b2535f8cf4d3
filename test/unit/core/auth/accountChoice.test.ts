import { strict as assert } from 'node:assert';
import { accountKey, type Account } from '../../../../src/core/auth/account';
import { availableKinds, chooseCredentials, currentUserAccount, type ChoiceInput, type KeyedAccount } from '../../../../src/core/auth/accountChoice';
import type { Credentials } from '../../../../src/core/auth/credentials';
import type { AuthKind } from '../../../../src/core/catalog/endpoints';

const X = 'https://api.x.com';
const SANDBOX = 'http://127.0.0.1:41234';

const alice2: Account = { kind: 'oauth2', baseUrl: X, clientId: 'c', userId: '11', username: 'alice', accessToken: 'alice-oauth2', scopes: ['users.read', 'tweet.read'] };
const bob2: Account = { kind: 'oauth2', baseUrl: X, clientId: 'c', userId: '22', username: 'bob', accessToken: 'bob-oauth2', scopes: ['users.read', 'tweet.read'] };
const alice1: Account = { kind: 'oauth1', baseUrl: X, userId: '11', screenName: 'alice', consumerKey: 'ck', consumerSecret: 'cs', accessToken: 'alice-oauth1', accessTokenSecret: 'as' };
const bob1: Account = { kind: 'oauth1', baseUrl: X, userId: '22', screenName: 'bob', consumerKey: 'ck', consumerSecret: 'cs', accessToken: 'bob-oauth1', accessTokenSecret: 'bs' };
const app: Account = { kind: 'bearer', baseUrl: X, token: 'app-bearer' };
const sandboxUser: Account = { kind: 'oauth2', baseUrl: SANDBOX, clientId: 'c', userId: '33', username: 'sandy', accessToken: 'sandbox-oauth2', scopes: ['users.read'] };

const keyed = (...accounts: Account[]): KeyedAccount[] => accounts.map((account) => ({ key: accountKey(account), account }));
const pasted = (entries: [AuthKind, Credentials][]): Map<AuthKind, Credentials> => new Map(entries);
const token = (choice: ReturnType<typeof chooseCredentials>): string | undefined =>
  choice === undefined ? undefined : choice.credentials.kind === 'bearer' ? choice.credentials.token : choice.credentials.accessToken;

function input(partial: Partial<ChoiceInput>): ChoiceInput {
  return { origin: X, accounts: [], pasted: new Map(), pastedOrigin: X, ...partial };
}

describe('which credentials sign a lookup', () => {
  it('keeps pasted credentials working exactly as before when nobody signed in', () => {
    const choice = input({ pasted: pasted([['bearer', { kind: 'bearer', token: 'pasted-bearer' }]]) });
    assert.equal(token(chooseCredentials(choice, 'bearer')), 'pasted-bearer');
    assert.equal(chooseCredentials(choice, 'bearer')?.label, 'pasted Bearer token');
    assert.equal(chooseCredentials(choice, 'oauth2'), undefined);
    assert.deepEqual(availableKinds(choice), ['bearer']);
  });

  it('signs user context with the chosen account, and its other kind with the same user', () => {
    const choice = input({ accounts: keyed(alice2, bob2, alice1, bob1), currentKey: accountKey(bob2) });
    assert.equal(token(chooseCredentials(choice, 'oauth2')), 'bob-oauth2');
    assert.equal(chooseCredentials(choice, 'oauth2')?.label, '@bob');
    // The v1.1 custom profiles need OAuth 1.0a: bob's, not alice's, though alice signed in first.
    assert.equal(token(chooseCredentials(choice, 'oauth1')), 'bob-oauth1');
    assert.equal(currentUserAccount(choice)?.key, accountKey(bob2));
  });

  it('prefers the app account for app-only, and an account over pasted credentials of its kind', () => {
    const choice = input({ accounts: keyed(app, alice2), pasted: pasted([['bearer', { kind: 'bearer', token: 'pasted-bearer' }], ['oauth2', { kind: 'oauth2', accessToken: 'pasted-oauth2' }]]) });
    assert.equal(token(chooseCredentials(choice, 'bearer')), 'app-bearer');
    assert.equal(token(chooseCredentials(choice, 'oauth2')), 'alice-oauth2');
    assert.deepEqual(availableKinds(choice), ['bearer', 'oauth2']);
  });

  it('never sends an account to an origin other than the one that issued it, nor pasted credentials off the configured one', () => {
    const toSandbox = input({ origin: SANDBOX, accounts: keyed(alice2, sandboxUser), pasted: pasted([['bearer', { kind: 'bearer', token: 'pasted-bearer' }]]), currentKey: accountKey(alice2) });
    assert.equal(token(chooseCredentials(toSandbox, 'oauth2')), 'sandbox-oauth2');
    assert.equal(chooseCredentials(toSandbox, 'bearer'), undefined);
    const toX = input({ accounts: keyed(sandboxUser) });
    assert.equal(chooseCredentials(toX, 'oauth2'), undefined);
    assert.deepEqual(availableKinds(toX), []);
    assert.equal(currentUserAccount(toX), undefined);
  });

  it('falls back to the first user account when the chosen one is gone', () => {
    const choice = input({ accounts: keyed(alice2), currentKey: 'oauth2:999' });
    assert.equal(token(chooseCredentials(choice, 'oauth2')), 'alice-oauth2');
    assert.equal(currentUserAccount(choice)?.account.kind, 'oauth2');
  });
});
