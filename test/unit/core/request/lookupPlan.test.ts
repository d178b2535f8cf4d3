import assert from 'node:assert/strict';
import { ENDPOINTS } from '../../../../src/core/catalog/endpoints';
import { answersFromSandbox, modeAuth, type LookupContext } from '../../../../src/core/request/connectionMode';
import { pickCredentialKind, planLookup, validateForContext, withFieldDefaults } from '../../../../src/core/request/lookupPlan';

const NONE = { userFields: [], tweetFields: [], expansions: [] };
const BASE: LookupContext = { sandbox: 'auto', trusted: true, available: [], vocabulary: '2.166', baseUrl: 'https://api.x.com', defaults: NONE };
const ctx = (over: Partial<LookupContext>): LookupContext => ({ ...BASE, ...over });
const USER = { endpoint: 'userById', id: '2244994945' } as const;

describe('lookup plan', () => {
  it('answers from the sandbox when no credentials are set, always, or in Restricted Mode under auto', () => {
    assert.equal(answersFromSandbox(ctx({})), true);
    assert.equal(answersFromSandbox(ctx({ available: ['bearer'] })), false);
    assert.equal(answersFromSandbox(ctx({ available: ['bearer'], sandbox: 'always' })), true);
    assert.equal(answersFromSandbox(ctx({ available: ['bearer'], trusted: false })), true);
    assert.equal(answersFromSandbox(ctx({ sandbox: 'never' })), false);
    assert.equal(answersFromSandbox(ctx({ sandbox: 'never', trusted: false })), false);
  });

  it('picks app-only first where accepted, then the user token, then OAuth 1.0a', () => {
    assert.equal(pickCredentialKind(ENDPOINTS.userById, ['oauth1', 'bearer', 'oauth2']), 'bearer');
    assert.equal(pickCredentialKind(ENDPOINTS.me, ['oauth1', 'bearer', 'oauth2']), 'oauth2');
    assert.equal(pickCredentialKind(ENDPOINTS.me, ['bearer']), undefined);
    assert.equal(pickCredentialKind(ENDPOINTS.customProfile, ['oauth2', 'oauth1']), 'oauth1');
    assert.equal(modeAuth(ctx({ available: ['oauth1', 'oauth2'] })), 'oauth2');
    assert.equal(modeAuth(ctx({})), 'oauth1', 'the sandbox signs as a user');
  });

  it('sends to the sandbox with the defaults applied', () => {
    const plan = planLookup(USER, ctx({ defaults: { ...NONE, userFields: ['created_at'] } }));
    assert.ok(plan.ok && plan.to === 'sandbox');
    assert.deepEqual(plan.request.userFields, ['created_at']);
    assert.equal(plan.prepared.pathAndQuery, '/2/users/2244994945?user.fields=created_at');
  });

  it('keeps the request\'s own fields over the defaults, and adds none to endpoints without fields', () => {
    const defaults = { userFields: ['created_at'], tweetFields: ['lang'], expansions: ['pinned_tweet_id'] };
    assert.deepEqual(withFieldDefaults({ ...USER, userFields: ['location'] }, defaults).userFields, ['location']);
    assert.deepEqual(withFieldDefaults({ endpoint: 'customProfiles' }, defaults), { endpoint: 'customProfiles' });
  });

  it('sends to the network with the kind that signs it, the normalised URL, and whether to ask first', () => {
    const plan = planLookup(USER, ctx({ available: ['oauth1', 'bearer'], baseUrl: ' https://proxy.example.com/x/ ' }));
    assert.ok(plan.ok && plan.to === 'network');
    assert.equal(plan.auth, 'bearer');
    assert.equal(plan.baseUrl, 'https://proxy.example.com/x');
    assert.equal(plan.needsConsent, true);
    const local = planLookup(USER, ctx({ available: ['bearer'], baseUrl: 'http://127.0.0.1:9000' }));
    assert.ok(local.ok && local.to === 'network' && local.needsConsent === false);
  });

  it('refuses, saying why, when nothing may be sent', () => {
    const reason = (plan: ReturnType<typeof planLookup>): string => (plan.ok ? 'sent' : plan.refusal.reason);
    assert.equal(reason(planLookup(USER, ctx({ available: ['bearer'], trusted: false, sandbox: 'never' }))), 'restricted');
    assert.equal(reason(planLookup(USER, ctx({ sandbox: 'never' }))), 'no-credentials');
    assert.equal(reason(planLookup({ endpoint: 'me' }, ctx({ available: ['bearer'] }))), 'wrong-credentials');
    assert.equal(reason(planLookup({ endpoint: 'userById', id: '12a' }, ctx({ available: ['bearer'] }))), 'invalid-input');
    assert.equal(reason(planLookup(USER, ctx({ available: ['bearer'], baseUrl: 'http://example.com' }))), 'invalid-base-url');
    assert.equal(reason(planLookup({ endpoint: 'nope' as never }, ctx({ available: ['bearer'] }))), 'invalid-input');
  });

  it('forces the sandbox when asked, whatever is set', () => {
    const plan = planLookup(USER, ctx({ available: ['bearer'], sandbox: 'never', trusted: false }), { forceSandbox: true });
    assert.ok(plan.ok && plan.to === 'sandbox');
  });

  it('validates as the lookup would be signed now', () => {
    assert.equal(validateForContext({ endpoint: 'me' }, ctx({})).ok, true, 'the sandbox signs as a user');
    const refused = validateForContext({ endpoint: 'me' }, ctx({ available: ['bearer'] }));
    assert.ok(!refused.ok && refused.issues.some((issue) => /user/i.test(issue.message)));
    assert.equal(validateForContext({ endpoint: 'me' }, ctx({ available: ['bearer', 'oauth2'] })).ok, true);
  });
});
