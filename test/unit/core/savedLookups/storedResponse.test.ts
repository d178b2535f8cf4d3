// The format of a history entry's kept response, read back as untrusted input, and the eviction rule of the folder.
import { strict as assert } from 'node:assert';
import {
  isFileSafeId,
  parseStoredResponse,
  responsesToEvict,
  serializeStoredResponse,
  storedResponseRecord,
  utf8Length,
  type StoredResponse,
} from '../../../../src/core/savedLookups/storedResponse';

const AT = '2025-03-01T10:00:00.000Z';
const RESPONSE: StoredResponse = {
  at: AT,
  ok: true,
  status: 200,
  url: 'http://127.0.0.1:4000/2/users/2244994945',
  headers: { 'content-type': 'application/json', 'x-rate-limit-remaining': '899' },
  text: '{\n  "data": { "id": "2244994945" }\n}\n',
  problems: [],
  durationMs: 12,
  attempts: 1,
  rateLimit: { limit: 900, remaining: 899, reset: 1740823200 },
  sandbox: true,
  signedWith: 'sandbox',
  auth: 'oauth1',
  origin: 'http://127.0.0.1:4000',
};

describe('a kept history response', () => {
  it('reads back what was written, key for key', () => {
    const parsed = parseStoredResponse(serializeStoredResponse(RESPONSE));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value, RESPONSE);
  });

  it('keeps only its own keys, and never a credential header, from a caller or a hand-edited file', () => {
    const hostile = {
      ...RESPONSE,
      token: 'AAAAAAAAAAAAAAAAAAAAAsecretsecretsecret',
      credentials: { kind: 'bearer', token: 'x' },
      headers: {
        'content-type': 'application/json',
        'set-cookie': 'auth_token=abcdef123456; Path=/',
        authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAsecretsecretsecret',
        'x-access-token': 'abcdef123456',
        'x-echo': 'seen Bearer AAAAAAAAAAAAAAAAAAAAAsecretsecretsecret',
        'bad name': 'x',
        number: 42,
      },
    };
    const text = serializeStoredResponse(hostile as unknown as StoredResponse);
    assert.ok(!text.includes('secretsecret'), text);
    assert.ok(!text.includes('abcdef123456'), text);
    const parsed = parseStoredResponse(text);
    assert.ok(parsed.ok);
    assert.deepEqual(Object.keys(parsed.value).sort(), Object.keys(RESPONSE).sort());
    assert.deepEqual(parsed.value.headers, { 'content-type': 'application/json', 'x-access-token': '***', 'x-echo': 'seen Bearer ***' });
  });

  it('drops fields that do not check out, and refuses a file that is no response', () => {
    const record = storedResponseRecord({ at: AT, ok: false, text: '{}', status: 0, origin: 'https://user:pw@evil', url: 'javascript:alert(1)', auth: 'basic', attempts: 1.5 });
    assert.ok(record.ok);
    assert.deepEqual(record.value, { at: AT, ok: false, text: '{}', headers: {}, problems: [], sandbox: false });
    for (const text of ['', 'not json', '[]', '{"version":2,"response":{}}', '{"version":1}', '{"version":1,"response":{"ok":true,"text":"{}"}}']) {
      assert.equal(parseStoredResponse(text).ok, false, text);
    }
  });

  it('names files only after plain ids', () => {
    assert.ok(isFileSafeId('0b8f7c4e-2f0d-4a53-9a3e-3f5e0c1a2b3c'));
    for (const id of ['', '../lookups', 'a/b', 'a.b', 'x'.repeat(129), 'C:\\x']) assert.equal(isFileSafeId(id), false, id);
  });

  it('counts UTF-8 bytes', () => {
    assert.equal(utf8Length('abc'), 3);
    assert.equal(utf8Length('é'), Buffer.byteLength('é'));
    assert.equal(utf8Length('€ 🐦'), Buffer.byteLength('€ 🐦'));
  });
});

describe('evicting kept responses', () => {
  const NOW = 1_000_000;
  const file = (id: string, bytes: number, ageMs = 60_000): { id: string; bytes: number; modifiedMs: number } => ({ id, bytes, modifiedMs: NOW - ageMs });

  it('deletes the responses of entries gone from the history, but not one just written', () => {
    const files = [file('a', 10), file('gone', 10), file('fresh', 10, 500)];
    assert.deepEqual(responsesToEvict(files, ['a'], NOW), ['gone']);
  });

  it('past the total cap, deletes the oldest entries first', () => {
    // History newest first: c, b, a.
    const files = [file('a', 40), file('b', 40), file('c', 40)];
    assert.deepEqual(responsesToEvict(files, ['c', 'b', 'a'], NOW, { totalMax: 100 }), ['a']);
    assert.deepEqual(responsesToEvict(files, ['c', 'b', 'a'], NOW, { totalMax: 50 }).sort(), ['a', 'b']);
    assert.deepEqual(responsesToEvict(files, ['c', 'b', 'a'], NOW, { totalMax: 120 }), []);
  });
});
