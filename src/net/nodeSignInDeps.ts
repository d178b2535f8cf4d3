/** Node's implementations of signing in's impure parts: node:crypto's randomness and SHA-256, the system clock. */
import { createHash, randomBytes } from 'node:crypto';
import type { SignInDeps } from '../core/auth/signInDeps';

export const nodeSignInDeps: SignInDeps = {
  randomBytes: (length) => new Uint8Array(randomBytes(length)),
  sha256: (text) => new Uint8Array(createHash('sha256').update(text, 'utf8').digest()),
  now: () => Date.now(),
};
