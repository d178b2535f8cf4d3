import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { codeChallengeS256, CODE_VERIFIER_PATTERN, createCodeVerifier, createPkcePair, createState } from '../../../../src/core/auth/pkce';
import { base64Url, constantTimeEqual, formDecode, formEncode, percentEncode } from '../../../../src/core/auth/encoding';

const sha256 = (text: string): Uint8Array => createHash('sha256').update(text, 'utf8').digest();

/** Bytes 0, 1, 2, ... so a verifier is predictable. */
function counting(): (length: number) => Uint8Array {
  let next = 0;
  return (length) => Uint8Array.from({ length }, () => next++ & 0xff);
}

describe('PKCE', () => {
  it('gives RFC 7636 Appendix B\'s challenge for its verifier', () => {
    assert.equal(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', { sha256 }), 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes the verifier of RFC 7636 Appendix B from its 32 random octets', () => {
    const octets = [116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121];
    assert.equal(createCodeVerifier({ randomBytes: () => Uint8Array.from(octets) }), 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
  });

  it('makes verifiers of 43 to 128 unreserved characters and refuses other sizes', () => {
    assert.equal(createCodeVerifier({ randomBytes: counting() }).length, 43);
    assert.equal(createCodeVerifier({ randomBytes: counting() }, 96).length, 128);
    assert.match(createCodeVerifier({ randomBytes: () => new Uint8Array(96).fill(0xff) }, 96), CODE_VERIFIER_PATTERN);
    assert.throws(() => createCodeVerifier({ randomBytes: counting() }, 31), RangeError);
    assert.throws(() => createCodeVerifier({ randomBytes: counting() }, 97), RangeError);
    assert.throws(() => createCodeVerifier({ randomBytes: () => new Uint8Array(5) }), /5 bytes/);
    assert.throws(() => codeChallengeS256('short', { sha256 }), RangeError);
  });

  it('draws a fresh verifier and state per attempt, challenge matching verifier', () => {
    const randomBytes = counting();
    const a = createPkcePair({ randomBytes, sha256 });
    const b = createPkcePair({ randomBytes, sha256 });
    assert.notEqual(a.verifier, b.verifier);
    assert.equal(a.challenge, base64Url(sha256(a.verifier)));
    assert.equal(a.method, 'S256');
    assert.doesNotMatch(a.challenge, /[=+/]/);
    const state = createState({ randomBytes });
    assert.match(state, /^[A-Za-z0-9_-]{22}$/);
    assert.notEqual(state, createState({ randomBytes }));
  });
});

describe('auth encodings', () => {
  it('percent-encodes as RFC 3986 and compares in constant time', () => {
    assert.equal(percentEncode("a b!*'()~"), 'a%20b%21%2A%27%28%29~');
    assert.ok(constantTimeEqual('abc', 'abc'));
    assert.ok(!constantTimeEqual('abc', 'abd'));
    assert.ok(!constantTimeEqual('abc', 'abcd'));
    assert.ok(constantTimeEqual('', ''));
  });

  it('form-encodes and decodes, skipping undefined values', () => {
    const text = formEncode({ grant_type: 'authorization_code', code: 'a+b c', skip: undefined });
    assert.equal(text, 'grant_type=authorization_code&code=a%2Bb%20c');
    assert.deepEqual([...formDecode(text)!], [['grant_type', 'authorization_code'], ['code', 'a+b c']]);
    assert.equal(formDecode('a=%zz'), undefined);
    assert.equal(formDecode('a=b+c')!.get('a'), 'b c');
  });
});
