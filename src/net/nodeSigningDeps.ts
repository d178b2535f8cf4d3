/** The Node implementations of signing's impure parts: HMAC from node:crypto, a random nonce, the system clock. */
import { createHmac, createSecretKey, randomFillSync, type KeyObject } from 'node:crypto';
import type { SigningDeps } from '../core/auth/oauth1';

const NONCE_BYTES = 16;
// One syscall fills the pool for 256 nonces; a nonce per request would otherwise cost a syscall each.
const pool = Buffer.alloc(NONCE_BYTES * 256);
let offset = pool.length;

function nonce(): string {
  if (offset === pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const hex = pool.toString('hex', offset, offset + NONCE_BYTES);
  offset += NONCE_BYTES;
  return hex;
}

// One signer keeps one signing key; importing it once as a KeyObject makes each HMAC cheaper.
let lastKey = '';
let lastKeyObject: KeyObject | undefined;

function hmacSha1Base64(key: string, text: string): string {
  if (key !== lastKey || !lastKeyObject) {
    lastKey = key;
    lastKeyObject = createSecretKey(Buffer.from(key, 'utf8'));
  }
  return createHmac('sha1', lastKeyObject).update(text).digest('base64');
}

export const nodeSigningDeps: SigningDeps = {
  hmacSha1Base64,
  // 32 hex characters: as long as X's examples, and free of anything that needs encoding.
  nonce,
  nowSeconds: () => Math.floor(Date.now() / 1000),
};
