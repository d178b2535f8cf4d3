// The argument of xapi.copyResponseType is untrusted: the language is checked, the lookup read as copyAsCode reads it.
import { strict as assert } from 'node:assert';
import { responseTypeArgs } from '../../../../src/core/snippets/responseTypeArgs';

describe('responseTypeArgs', () => {
  it('reads { lookup, language }', () => {
    const parsed = responseTypeArgs({ language: 'python', lookup: { endpoint: 'userById', id: '2244994945', userFields: 'created_at' } });
    assert.ok(parsed.ok);
    assert.equal(parsed.value.language, 'python');
    assert.equal(parsed.value.request.kind, 'request');
    if (parsed.value.request.kind === 'request') assert.deepEqual(parsed.value.request.request.userFields, ['created_at']);
  });

  it('leaves the language to a quick pick, and takes what copyAsCurl takes', () => {
    const parsed = responseTypeArgs({ request: { endpoint: 'me' } });
    assert.ok(parsed.ok);
    assert.equal(parsed.value.language, undefined);
    assert.equal(parsed.value.request.kind, 'request');
    const none = responseTypeArgs(undefined);
    assert.ok(none.ok);
    assert.equal(none.value.request.kind, 'none');
  });

  it('refuses an unknown language and a lookup that does not read', () => {
    assert.equal(responseTypeArgs({ language: 'cobol', lookup: { endpoint: 'me' } }).ok, false);
    assert.equal(responseTypeArgs({ language: 'typescript', lookup: { endpoint: 'userById', id: '1', nonsense: true } }).ok, false);
  });
});
