/** The Node implementations of signing's impure parts: HMAC from node:crypto, a random nonce, the system clock. */
import { createHmac, randomBytes } from 'node:crypto';
import type { SigningDeps } from '../core/oauth1';

export const nodeSigningDeps: SigningDeps = {
  hmacSha1Base64: (key, text) => createHmac('sha1', key).update(text).digest('base64'),
  // 32 alphanumerics, as X's examples use; hex keeps it free of characters that need encoding.
  nonce: () => randomBytes(16).toString('hex'),
  nowSeconds: () => Math.floor(Date.now() / 1000),
};
