import { strict as assert } from 'node:assert';
import { checkRequestShape, lookupFromInput, MAX_LIST_LENGTH, MAX_VALUE_LENGTH, pickRequestKeys } from '../../../../src/core/request/argumentInput';
import { sanitizeRequest } from '../../../../src/core/savedLookups/model';
import { isWebviewToHost } from '../../../../src/shared/builder/protocol';

function message(result: { ok: boolean; message?: string }): string {
  assert.equal(result.ok, false, 'expected a refusal');
  return result.message ?? '';
}

describe('reading a lookup from untrusted input', () => {
  describe('one policy on unknown keys', () => {
    const stray = [
      { endpoint: 'userById', id: '1', token: 'secret' },
      { endpoint: 'userById', id: '1', userfields: ['created_at'] },
      JSON.parse('{"endpoint":"me","__proto__":{"polluted":true}}') as unknown,
      { endpoint: 'me', constructor: {} },
    ];
    for (const request of stray) {
      it(`refuses ${JSON.stringify(request)} in every reader but the store, which drops the key`, () => {
        assert.match(message(checkRequestShape(request)), /^unknown key "[^"]+": a lookup takes endpoint, id, ids/);
        assert.match(message(lookupFromInput(request)), /^unknown key/);
        assert.equal(isWebviewToHost({ type: 'send', request }), false);
        const stored = sanitizeRequest(request);
        assert.ok(stored.ok);
        assert.deepEqual(Object.keys(stored.value).filter((key) => !['endpoint', 'id'].includes(key)), []);
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
      });
    }

    it('names the unknown key, printable and short', () => {
      assert.match(message(lookupFromInput({ id: '1', ['x'.repeat(100)]: 1 }, 'userById')), /unknown key "x{37}\.\.\."/);
      assert.match(message(lookupFromInput({ id: '1', 'a\nb': 1 }, 'userById')), /unknown key "a\?b"/);
      const symbolic: Record<string | symbol, unknown> = { endpoint: 'me' };
      symbolic[Symbol('s')] = 1;
      assert.match(message(checkRequestShape(symbolic)), /unknown key a symbol key/);
      assert.match(message(lookupFromInput(symbolic)), /unknown key a symbol key/);
    });
  });

  describe('the shape', () => {
    it('takes every key of a lookup, for any endpoint, while a form is being filled in', () => {
      const full = { endpoint: 'usersByIds', id: '1', ids: ['1'], username: 'a', usernames: ['b'], userFields: [], tweetFields: [], expansions: [], count: 20, cursor: 'c' };
      assert.deepEqual(checkRequestShape(full), { ok: true, value: full });
    });

    it('refuses wrong types and sizes with a message that says which key', () => {
      const cases: [unknown, RegExp][] = [
        [undefined, /must be an object/],
        [[{ endpoint: 'me' }], /must be an object/],
        [new Date(), /must be an object/],
        [Object.create({ endpoint: 'me' }), /must be an object/],
        [{}, /no "endpoint"/],
        [{ endpoint: 'nope' }, /unknown endpoint "nope"/],
        [{ endpoint: 'userById', id: 2244994945 }, /id must be a string \(ids are strings/],
        [{ endpoint: 'userById', id: '1'.repeat(MAX_VALUE_LENGTH + 1) }, /id is longer than 1024/],
        [{ endpoint: 'usersByIds', ids: '1,2' }, /ids must be a list of strings/],
        [{ endpoint: 'usersByIds', ids: ['1', 2] }, /the number 2 \(ids are strings/],
        [{ endpoint: 'usersByIds', ids: ['1', null] }, /got null/],
        [{ endpoint: 'usersByIds', ids: new Array<string>(MAX_LIST_LENGTH + 1).fill('1') }, /more than 1000/],
        [{ endpoint: 'usersByIds', ids: ['1', 'x'.repeat(MAX_VALUE_LENGTH + 1)] }, /value longer than 1024/],
        [{ endpoint: 'customProfiles', count: '20' }, /count must be a number/],
        [{ endpoint: 'customProfiles', count: Number.NaN }, /count must be a number/],
        [{ endpoint: 'customProfiles', cursor: null }, /cursor must be a string/],
      ];
      for (const [input, expected] of cases) assert.match(message(checkRequestShape(input)), expected, JSON.stringify(input));
      const sparse: string[] = ['1'];
      sparse[3] = '2';
      assert.match(message(checkRequestShape({ endpoint: 'usersByIds', ids: sparse })), /without holes/);
    });
  });

  describe('command arguments', () => {
    it('reads the endpoint of the command, and what keybindings.json can say', () => {
      assert.deepEqual(lookupFromInput({ id: '2244994945', userFields: 'created_at, public_metrics', expansions: null }, 'userById'), {
        ok: true,
        value: { endpoint: 'userById', id: '2244994945', userFields: ['created_at', 'public_metrics'] },
      });
      assert.deepEqual(lookupFromInput(undefined, 'me'), { ok: true, value: { endpoint: 'me' } });
      // The command's endpoint wins over one in the argument.
      assert.deepEqual(lookupFromInput({ endpoint: 'me', id: '1' }, 'userById'), { ok: true, value: { endpoint: 'userById', id: '1' } });
    });

    it('refuses a key of another endpoint, and anything that is not an object', () => {
      assert.match(message(lookupFromInput({ username: 'jack' }, 'userById')), /\/2\/users\/:id does not take username/);
      assert.match(message(lookupFromInput({ count: 5 }, 'me')), /does not take count/);
      assert.match(message(lookupFromInput('2244994945', 'userById')), /must be an object such as/);
      assert.match(message(lookupFromInput({ id: '1' })), /unknown endpoint undefined/);
    });
  });

  it('keeps only the keys of a lookup, in their order, for the store', () => {
    assert.deepEqual(Object.keys(pickRequestKeys({ cursor: 'c', token: 't', endpoint: 'customProfiles', count: 1 })), ['endpoint', 'count', 'cursor']);
  });
});
