// The argument of xapi.copyAsCode / xapi.insertAsCode is untrusted: read by key, the lookup through the one policy.
import { strict as assert } from 'node:assert';
import { codeArgs } from '../../../../src/core/snippets/codeArgs';

describe('codeArgs', () => {
  it('reads { target, lookup } with the lookup as a lookup argument object', () => {
    const parsed = codeArgs({ target: 'python-requests', lookup: { endpoint: 'userById', id: '2244994945', userFields: 'created_at' } });
    assert.ok(parsed.ok);
    assert.equal(parsed.value.target, 'python-requests');
    assert.equal(parsed.value.request.kind, 'request');
    if (parsed.value.request.kind === 'request') {
      assert.equal(parsed.value.request.request.id, '2244994945');
      assert.deepEqual(parsed.value.request.request.userFields, ['created_at']);
    }
  });

  it('leaves the target to a quick pick when absent, and takes what copyAsCurl takes', () => {
    const parsed = codeArgs({ request: { endpoint: 'me' } });
    assert.ok(parsed.ok);
    assert.equal(parsed.value.target, undefined);
    assert.equal(parsed.value.request.kind, 'request');
    const none = codeArgs(undefined);
    assert.ok(none.ok);
    assert.equal(none.value.request.kind, 'none');
  });

  it('refuses an unknown target and a lookup that does not read', () => {
    assert.equal(codeArgs({ target: 'cobol', lookup: { endpoint: 'me' } }).ok, false);
    const bad = codeArgs({ target: 'curl', lookup: { endpoint: 'userById', id: '1', nonsense: true } });
    assert.equal(bad.ok, false);
  });
});
