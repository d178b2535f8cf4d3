import { strict as assert } from 'node:assert';
import { ENDPOINT_IDS } from '../../../../src/core/catalog/endpoints';
import { assertNever, isWebviewToHost } from '../../../../src/shared/builder/protocol';
import { MAX_LIST_LENGTH, MAX_VALUE_LENGTH } from '../../../../src/core/request/argumentInput';
import { NAME_MAX_LENGTH, validateName } from '../../../../src/core/savedLookups/name';
import type { BuilderRequest, WebviewToHost } from '../../../../src/shared/builder/protocol';

/** What arrives in the extension host: the webview's message after a JSON round trip. */
function wire(text: string): unknown {
  return JSON.parse(text);
}

const FULL_REQUEST: BuilderRequest = {
  endpoint: 'usersByIds',
  id: '2244994945',
  ids: ['2244994945', '783214'],
  username: 'XDevelopers',
  usernames: ['jack', 'X'],
  userFields: ['created_at', 'public_metrics'],
  tweetFields: ['lang'],
  expansions: ['pinned_tweet_id'],
  count: 20,
  cursor: '1234567890',
};

describe('builder protocol guard', () => {
  describe('accepts', () => {
    const valid: WebviewToHost[] = [
      { type: 'ready' },
      { type: 'change', seq: 0, request: { endpoint: 'userById' } },
      { type: 'change', seq: 41, request: { endpoint: 'userById', id: '2244994945', userFields: ['created_at'] } },
      { type: 'change', seq: Number.MAX_SAFE_INTEGER, request: FULL_REQUEST },
      { type: 'send', request: { endpoint: 'me', userFields: [], expansions: [] } },
      { type: 'save', name: 'Jack by id', request: { endpoint: 'userById', id: '12' } },
      { type: 'save', name: 'x'.repeat(NAME_MAX_LENGTH), request: { endpoint: 'customProfiles', count: 50, cursor: 'abc' } },
      { type: 'copyCurl', request: { endpoint: 'usersByUsernames', usernames: ['jack'] } },
      { type: 'copyCode', request: { endpoint: 'userById', id: '2244994945', userFields: ['created_at'] } },
      // Values are not judged here: an id that is not digits still reaches the host, which explains the rule.
      { type: 'change', seq: 1, request: { endpoint: 'userById', id: 'not digits' } },
      { type: 'change', seq: 2, request: { endpoint: 'customProfiles', count: 1.5 } },
      { type: 'change', seq: 3, request: { endpoint: 'usersByIds', ids: [] } },
      { type: 'change', seq: 4, request: { endpoint: 'usersByIds', ids: new Array<string>(MAX_LIST_LENGTH).fill('1') } },
      { type: 'change', seq: 5, request: { endpoint: 'userById', id: '9'.repeat(MAX_VALUE_LENGTH) } },
    ];
    for (const message of valid) {
      const label = JSON.stringify(message).slice(0, 90);
      it(label, () => {
        assert.equal(isWebviewToHost(message), true);
        // The same message as the host really gets it.
        assert.equal(isWebviewToHost(wire(JSON.stringify(message))), true);
      });
    }

    it('every endpoint of the catalogue', () => {
      for (const endpoint of ENDPOINT_IDS) {
        assert.equal(isWebviewToHost({ type: 'send', request: { endpoint } }), true, endpoint);
      }
    });

    it('an object without a prototype', () => {
      const message = Object.assign(Object.create(null) as object, { type: 'ready' });
      assert.equal(isWebviewToHost(message), true);
    });
  });

  describe('rejects', () => {
    const cases: readonly (readonly [string, unknown])[] = [
      ['undefined', undefined],
      ['null', null],
      ['a string', 'ready'],
      ['a number', 42],
      ['an array', [{ type: 'ready' }]],
      ['no type', {}],
      ['a type that is not a string', { type: 1 }],
      ['an unknown type', { type: 'runCommand', command: 'workbench.action.terminal.new' }],
      ['a type of another case', { type: 'READY' }],
      ['a type inherited from Object.prototype', { type: 'toString' }],
      ['a type named __proto__', { type: '__proto__' }],
      ['ready with an extra key', { type: 'ready', extra: true }],
      ['change without seq', { type: 'change', request: { endpoint: 'userById' } }],
      ['change with a string seq', { type: 'change', seq: '1', request: { endpoint: 'userById' } }],
      ['change with a negative seq', { type: 'change', seq: -1, request: { endpoint: 'userById' } }],
      ['change with a fractional seq', { type: 'change', seq: 1.5, request: { endpoint: 'userById' } }],
      ['change with an unsafe seq', { type: 'change', seq: 2 ** 60, request: { endpoint: 'userById' } }],
      ['change with a NaN seq', { type: 'change', seq: Number.NaN, request: { endpoint: 'userById' } }],
      ['change without request', { type: 'change', seq: 1 }],
      ['a request that is null', { type: 'send', request: null }],
      ['a request that is an array', { type: 'send', request: [] }],
      ['a request that is a string', { type: 'send', request: '{"endpoint":"me"}' }],
      ['a request without endpoint', { type: 'send', request: { id: '1' } }],
      ['an unknown endpoint', { type: 'send', request: { endpoint: 'deleteUser' } }],
      ['an endpoint inherited from Object.prototype', { type: 'send', request: { endpoint: 'hasOwnProperty' } }],
      ['an endpoint that is not a string', { type: 'send', request: { endpoint: ['userById'] } }],
      ['a numeric id', { type: 'send', request: { endpoint: 'userById', id: 2244994945 } }],
      ['an id that is an object', { type: 'send', request: { endpoint: 'userById', id: { toString: '1' } } }],
      ['ids as a string', { type: 'send', request: { endpoint: 'usersByIds', ids: '1,2' } }],
      ['ids holding a number', { type: 'send', request: { endpoint: 'usersByIds', ids: ['1', 2] } }],
      ['ids holding null', { type: 'send', request: { endpoint: 'usersByIds', ids: ['1', null] } }],
      ['ids holding a nested list', { type: 'send', request: { endpoint: 'usersByIds', ids: [['1']] } }],
      ['fields holding an object', { type: 'send', request: { endpoint: 'me', userFields: [{ value: 'id' }] } }],
      ['a string count', { type: 'send', request: { endpoint: 'customProfiles', count: '20' } }],
      ['an infinite count', { type: 'send', request: { endpoint: 'customProfiles', count: Number.POSITIVE_INFINITY } }],
      ['a NaN count', { type: 'send', request: { endpoint: 'customProfiles', count: Number.NaN } }],
      ['a null cursor', { type: 'send', request: { endpoint: 'customProfiles', cursor: null } }],
      ['a request with an extra key', { type: 'send', request: { endpoint: 'me', headers: { Authorization: 'x' } } }],
      ['a request with nested junk', { type: 'send', request: { endpoint: 'me', userFields: ['id'], extra: { a: [1, { b: 2 }] } } }],
      ['a message with nested junk', { type: 'send', request: { endpoint: 'me' }, junk: { deep: { deeper: [] } } }],
      ['a huge id', { type: 'send', request: { endpoint: 'userById', id: '1'.repeat(MAX_VALUE_LENGTH + 1) } }],
      ['a huge string in a list', { type: 'send', request: { endpoint: 'usersByIds', ids: ['1', 'x'.repeat(1_000_000)] } }],
      ['a huge list', { type: 'send', request: { endpoint: 'usersByIds', ids: new Array<string>(MAX_LIST_LENGTH + 1).fill('1') } }],
      ['a huge cursor', { type: 'send', request: { endpoint: 'customProfiles', cursor: 'c'.repeat(10 * MAX_VALUE_LENGTH) } }],
      ['save without a name', { type: 'save', request: { endpoint: 'me' } }],
      ['save with an empty name', { type: 'save', name: '', request: { endpoint: 'me' } }],
      ['save with a blank name', { type: 'save', name: ' \u00a0 ', request: { endpoint: 'me' } }],
      ['save with a numeric name', { type: 'save', name: 7, request: { endpoint: 'me' } }],
      ['save with a huge name', { type: 'save', name: 'n'.repeat(NAME_MAX_LENGTH + 1), request: { endpoint: 'me' } }],
      ['save with a control character in the name', { type: 'save', name: 'a\u0000b', request: { endpoint: 'me' } }],
      ['save with a new line in the name', { type: 'save', name: 'a\nb', request: { endpoint: 'me' } }],
      ['save with a name on a non-save message', { type: 'send', name: 'x', request: { endpoint: 'me' } }],
      ['copyCurl with a url', { type: 'copyCurl', url: 'https://evil.example', request: { endpoint: 'me' } }],
      ['copyCode with a target the host did not offer', { type: 'copyCode', target: 'curl', request: { endpoint: 'me' } }],
      ['copyCode without a request', { type: 'copyCode' }],
      ['a class instance', new (class Message { type = 'ready'; })()],
      ['a Date', new Date()],
      ['a Map', new Map([['type', 'ready']])],
    ];
    for (const [label, message] of cases) {
      it(label, () => assert.equal(isWebviewToHost(message), false));
    }

    it('a sparse list, whose holes read as undefined', () => {
      const ids: string[] = ['1'];
      ids[3] = '2';
      assert.equal(isWebviewToHost({ type: 'send', request: { endpoint: 'usersByIds', ids } }), false);
    });

    it('a symbol key', () => {
      const message: Record<string | symbol, unknown> = { type: 'ready' };
      message[Symbol('x')] = 1;
      assert.equal(isWebviewToHost(message), false);
    });

    it('an object whose prototype was replaced', () => {
      const message = Object.create({ type: 'ready' }) as object;
      assert.equal(isWebviewToHost(message), false);
      const poisoned = Object.setPrototypeOf({ type: 'ready' }, { polluted: true }) as object;
      assert.equal(isWebviewToHost(poisoned), false);
    });
  });

  describe('prototype pollution', () => {
    const hostile = [
      '{"type":"ready","__proto__":{"polluted":true}}',
      '{"type":"send","request":{"endpoint":"me","__proto__":{"polluted":true}}}',
      '{"type":"change","seq":1,"request":{"endpoint":"me","constructor":{"prototype":{"polluted":true}}}}',
      '{"type":"save","name":"x","request":{"endpoint":"me"},"__proto__":{"type":"ready"}}',
      '{"__proto__":{"type":"ready"}}',
      '{"type":"send","request":{"__proto__":{"endpoint":"me"}}}',
      '{"type":"send","request":{"endpoint":"me","prototype":{}}}',
    ];
    for (const text of hostile) {
      it(text, () => {
        const message = wire(text);
        assert.equal(isWebviewToHost(message), false);
        // Checking must not pollute anything either.
        assert.equal((({}) as Record<string, unknown>).polluted, undefined);
        assert.equal((Object.prototype as unknown as Record<string, unknown>).polluted, undefined);
      });
    }

    it('does not read a type or an endpoint through the prototype chain', () => {
      const inherited = Object.create({ type: 'ready' }) as Record<string, unknown>;
      assert.equal(isWebviewToHost(inherited), false);
      const request = Object.create({ endpoint: 'me' }) as Record<string, unknown>;
      assert.equal(isWebviewToHost({ type: 'send', request }), false);
    });
  });

  describe('save names: the store\'s rule', () => {
    const names: unknown[] = [
      'Jack', '  Jack  ', 'x'.repeat(NAME_MAX_LENGTH), 'x'.repeat(NAME_MAX_LENGTH + 1), ` ${'x'.repeat(NAME_MAX_LENGTH)} `,
      'x'.repeat(200), '', '   ', 'a\tb', 'a\u0085b', 'a\u2028b', 'a\u007fb', 'Ünïcödé 🙂', 7, null, ['Jack'],
    ];
    for (const name of names) {
      const label = JSON.stringify(name)?.slice(0, 40) ?? String(name);
      it(`${label}: the builder accepts it exactly when the store does`, () => {
        const message = { type: 'save', name, request: { endpoint: 'me' } };
        assert.equal(isWebviewToHost(message), validateName(name).ok);
      });
    }

    it('refuses the 200-character names the builder used to let through', () => {
      assert.equal(isWebviewToHost({ type: 'save', name: 'x'.repeat(101), request: { endpoint: 'me' } }), false);
    });
  });

  it('narrows to the message type', () => {
    const message: unknown = wire('{"type":"save","name":"Mine","request":{"endpoint":"userById","id":"1"}}');
    assert.ok(isWebviewToHost(message));
    assert.equal(message.type, 'save');
    if (message.type === 'save') assert.equal(message.name, 'Mine');
  });
});

describe('assertNever', () => {
  it('throws with the type of what slipped through', () => {
    assert.throws(() => assertNever({ type: 'surprise' } as never, 'message'), /unexpected message: surprise/);
    assert.throws(() => assertNever('x' as never), /unexpected value: string/);
  });

  it('keeps a hostile type short in its message', () => {
    assert.throws(
      () => assertNever({ type: 'y'.repeat(10_000) } as never),
      (error: Error) => error.message.length < 100,
    );
  });
});
