/**
 * The impure parts of signing in, passed in so that core stays free of node:crypto and every flow is reproducible in
 * tests (a fixed verifier, a fixed state, a clock that moves when told). src/net/nodeSignInDeps.ts has Node's.
 */
export interface SignInDeps {
  /** `length` cryptographically random bytes. */
  readonly randomBytes: (length: number) => Uint8Array;
  /** SHA-256 of the UTF-8 bytes of `text`. */
  readonly sha256: (text: string) => Uint8Array;
  /** Milliseconds since the epoch: when a token was issued decides when it expires. */
  readonly now: () => number;
}
