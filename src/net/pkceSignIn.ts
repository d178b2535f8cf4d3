/**
 * One OAuth 2.0 sign-in attempt with PKCE, end to end: a fresh verifier and state, the loopback listener, the
 * authorize URL to open, and the code exchange once the browser comes back, or once the user pastes the URL the
 * browser ended on (remote windows, where the browser cannot reach this machine's loopback). Used by the CLI's
 * `auth login` and by the editor's sign-in.
 */
import { buildAuthorizeUrl, parseCallback } from '../core/auth/oauth2Authorize';
import type { TokenSet } from '../core/auth/oauth2Tokens';
import { createPkcePair, createState } from '../core/auth/pkce';
import { isSignInError, SignInError } from '../core/auth/signInError';
import type { SignInDeps } from '../core/auth/signInDeps';
import { startLoopbackListener, type LoopbackListener } from './loopbackListener';
import { nodeSignInDeps } from './nodeSignInDeps';
import type { OAuthClient } from './oauthClient';

export interface PkceSignInOptions {
  /** Exchanges the code; its base URL is the token endpoint's. */
  readonly client: OAuthClient;
  /** The consent page (setting `xapi.auth.authorizeUrl`; core's defaultAuthorizeUrl(baseUrl) otherwise). */
  readonly authorizeUrl: string;
  readonly clientId: string;
  /** Only for confidential clients. */
  readonly clientSecret?: string;
  /** What to ask for (core's signInScopes()). */
  readonly scopes: readonly string[];
  /** The loopback port (setting `xapi.auth.redirectPort`); 0 for a free one (tests). */
  readonly port: number;
  /** The loopback address; default 127.0.0.1. */
  readonly host?: string;
  /** How long to wait for the browser; default 5 minutes. */
  readonly timeoutMs?: number;
  /** Cancels the wait and the exchange. */
  readonly signal?: AbortSignal;
  readonly deps?: SignInDeps;
}

export interface PkceSignIn {
  /** Open this in the browser. */
  readonly authorizeUrl: string;
  /** `http://127.0.0.1:<port>/callback`; must be registered on the app exactly so. */
  readonly redirectUri: string;
  readonly port: number;
  /**
   * The tokens, once the code came back (to the listener, or through submitPastedUrl) and was exchanged; rejects
   * with a SignInError. Settles once; the listener is closed by then.
   */
  readonly tokens: Promise<TokenSet>;
  /**
   * The paste fallback: takes the URL (or query) the browser ended on. Returns undefined when it was accepted (the
   * exchange starts and `tokens` settles with it), or the SignInError that explains why it was not (wrong state,
   * denied, not a callback URL) while the attempt keeps waiting, so the user can paste again or cancel.
   */
  submitPastedUrl(text: string): SignInError | undefined;
  /** Ends the attempt: `tokens` rejects with `cancelled` unless the exchange already finished. */
  cancel(): Promise<void>;
}

/** Starts an attempt; rejects with a SignInError (`port-in-use`, `cancelled`) when the listener cannot start. */
export async function startPkceSignIn(options: PkceSignInOptions): Promise<PkceSignIn> {
  const deps = options.deps ?? nodeSignInDeps;
  const pkce = createPkcePair(deps);
  const state = createState(deps);
  // cancel() ends the wait and an exchange in flight alike.
  const controller = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  const listener: LoopbackListener = await startLoopbackListener({
    port: options.port, host: options.host, expectedState: state, timeoutMs: options.timeoutMs, signal,
  });
  const authorizeUrl = buildAuthorizeUrl({
    authorizeUrl: options.authorizeUrl, clientId: options.clientId, redirectUri: listener.redirectUri,
    scopes: options.scopes, state, codeChallenge: pkce.challenge,
  });

  let pasted: (code: string) => void = () => undefined;
  const fromPaste = new Promise<string>((resolve) => (pasted = resolve));
  let accepted = false;

  const tokens = (async () => {
    const code = await Promise.race([listener.code, fromPaste]);
    await listener.close();
    if (signal.aborted) throw new SignInError('cancelled', 'sign-in was cancelled');
    return options.client.exchangeCode(
      { clientId: options.clientId, clientSecret: options.clientSecret, code, redirectUri: listener.redirectUri, codeVerifier: pkce.verifier },
      { signal },
    );
  })();
  tokens.catch(() => undefined);

  return {
    authorizeUrl,
    redirectUri: listener.redirectUri,
    port: listener.port,
    tokens,
    submitPastedUrl: (text) => {
      if (accepted) return new SignInError('invalid-input', 'this sign-in attempt already has its answer');
      try {
        const { code } = parseCallback(text, state);
        accepted = true;
        pasted(code);
        return undefined;
      } catch (error) {
        return isSignInError(error) ? error : new SignInError('invalid-input', 'the pasted text could not be read');
      }
    },
    cancel: async () => {
      controller.abort();
      await listener.close();
    },
  };
}
