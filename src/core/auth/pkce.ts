/**
 * PKCE (RFC 7636) with the S256 method, and the `state` of an authorization request: a fresh pair per attempt, from
 * injected randomness.
 */
import { base64Url } from './encoding';
import type { SignInDeps } from './signInDeps';

/** RFC 7636 §4.1: 43 to 128 characters of the unreserved set. */
export const CODE_VERIFIER_PATTERN = /^[A-Za-z0-9\-._~]{43,128}$/;

/** Random bytes behind a verifier: 32 (RFC 7636's recommendation) make 43 base64url characters, 96 make 128. */
export const DEFAULT_VERIFIER_BYTES = 32;
const MIN_VERIFIER_BYTES = 32;
const MAX_VERIFIER_BYTES = 96;

/** Random bytes behind a `state`: 128 bits, 22 characters. */
const STATE_BYTES = 16;

export interface PkcePair {
  /** Kept by the client until the code exchange; a secret. */
  readonly verifier: string;
  /** Sent on the authorize URL: base64url(SHA-256(verifier)), no padding. */
  readonly challenge: string;
  readonly method: 'S256';
}

/** A code verifier of base64url characters (a subset of the unreserved set) from `bytes` random bytes. */
export function createCodeVerifier(deps: Pick<SignInDeps, 'randomBytes'>, bytes = DEFAULT_VERIFIER_BYTES): string {
  if (!Number.isInteger(bytes) || bytes < MIN_VERIFIER_BYTES || bytes > MAX_VERIFIER_BYTES) {
    throw new RangeError(`a code verifier takes ${MIN_VERIFIER_BYTES} to ${MAX_VERIFIER_BYTES} random bytes, not ${bytes}`);
  }
  const random = deps.randomBytes(bytes);
  if (random.length !== bytes) throw new Error(`randomBytes gave ${random.length} bytes, not ${bytes}`);
  return base64Url(random);
}

/** The S256 challenge of a verifier. */
export function codeChallengeS256(verifier: string, deps: Pick<SignInDeps, 'sha256'>): string {
  if (!CODE_VERIFIER_PATTERN.test(verifier)) throw new RangeError('a code verifier is 43 to 128 characters of A-Z a-z 0-9 - . _ ~');
  return base64Url(deps.sha256(verifier));
}

export function createPkcePair(deps: Pick<SignInDeps, 'randomBytes' | 'sha256'>): PkcePair {
  const verifier = createCodeVerifier(deps);
  return { verifier, challenge: codeChallengeS256(verifier, deps), method: 'S256' };
}

/** An unguessable `state` for one authorization attempt (base64url, 22 characters). */
export function createState(deps: Pick<SignInDeps, 'randomBytes'>): string {
  return base64Url(deps.randomBytes(STATE_BYTES));
}
