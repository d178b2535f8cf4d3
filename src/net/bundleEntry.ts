/**
 * Entry of `dist/engine.js`, the bundle the extension loads on its first lookup rather than at activation: undici
 * alone takes about 100 ms to require, which activation should not pay. The pure sign-in pieces (PKCE, URLs,
 * callback and token parsing, scopes, the account model, the refresh policy) are in src/core/auth and may be imported
 * directly; what needs Node or undici is here.
 */
export { HttpClient } from './httpClient';
export { LookupEngine } from './lookupEngine';
/** The token endpoints of every sign-in flow (code exchange, refresh, revoke, app-only, OAuth 1.0a PIN handshake). */
export { OAuthClient, DEFAULT_AUTH_TIMEOUT_MS } from './oauthClient';
/** The loopback redirect target of the OAuth 2.0 sign-in (`http://127.0.0.1:<port>/callback`). */
export { startLoopbackListener, DEFAULT_CALLBACK_TIMEOUT_MS } from './loopbackListener';
/** One OAuth 2.0 PKCE attempt: listener, authorize URL, paste fallback, code exchange. */
export { startPkceSignIn } from './pkceSignIn';
/** node:crypto randomness and SHA-256, and the system clock, for the sign-in flows. */
export { nodeSignInDeps } from './nodeSignInDeps';
/** node:crypto HMAC-SHA1, nonces and the clock, for OAuth 1.0a signing. */
export { nodeSigningDeps } from './nodeSigningDeps';
/** Bulk lookups: the paced, cancellable, resumable runner and the NDJSON/CSV/JSON writers that stream its results. */
export { runBulk, BULK_HTTP_RETRY } from './bulkRunner';
export { createBulkWriter, openFileWriter, MergedDocumentSink, EXPORT_FORMATS } from './bulkWriters';
