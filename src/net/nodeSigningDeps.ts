/** The Node implementations of signing's impure parts: HMAC from node:crypto, a random nonce, the system clock. */
import { createHmac, randomFillSync } from 'node:crypto';
import type { SigningDeps } from '../core/oauth1';

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

export const nodeSigningDeps: SigningDeps = {
  hmacSha1Base64: (key, text) => createHmac('sha1', key).update(text).digest('base64'),
  // 32 hex characters: as long as X's examples, and free of anything that needs encoding.
  nonce,
  nowSeconds: () => Math.floor(Date.now() / 1000),
};
