/**
 * `x-api-explorer auth login` and `auth app-token`: sign in from a terminal and print `export X_...=` lines for the
 * shell (eval them, or copy them), nothing written to disk. Secrets come from the environment only, never from flags
 * (flags end up in shell history); the client id is public and may be a flag.
 */
import { tokenProblem } from '../core/auth/credentials';
import { defaultAuthorizeUrl, DEFAULT_REDIRECT_PORT } from '../core/auth/oauth2Authorize';
import { SANDBOX_CLIENT_ID } from '../core/auth/sandboxCredentials';
import { signInScopes, unknownScopes } from '../core/auth/scopes';
import { isSignInError } from '../core/auth/signInError';
import { DEFAULT_BASE_URL, normalizeBaseUrl } from '../core/request/baseUrl';
import { OAuthClient } from '../net/oauthClient';
import { startPkceSignIn } from '../net/pkceSignIn';
import type { CliOptions } from './args';
import type { Env } from './envCredentials';

/** What these commands use of runCli's CliIo (declared here, so that runCli and this file import in one direction). */
export interface AuthIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly signal?: AbortSignal;
  readonly version?: string;
}

// runCli's exit statuses: success, API or network error, invalid input (nothing was sent).
const EXIT_OK = 0;
const EXIT_API_ERROR = 1;
const EXIT_INVALID = 2;

/** The variables these commands read and print. */
export const AUTH_ENV = {
  clientId: 'X_CLIENT_ID',
  clientSecret: 'X_CLIENT_SECRET',
  apiKey: 'X_API_KEY',
  apiSecret: 'X_API_SECRET',
  accessToken: 'X_OAUTH2_ACCESS_TOKEN',
  refreshToken: 'X_OAUTH2_REFRESH_TOKEN',
  bearer: 'X_BEARER_TOKEN',
} as const;

/** A value as one single-quoted shell word: safe for `eval` whatever it holds. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function exportLine(name: string, value: string): string {
  return `export ${name}=${shellQuote(value)}\n`;
}

function fromEnv(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function baseUrlOf(options: CliOptions, io: AuthIo): string | undefined {
  const normalized = normalizeBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  if (!normalized.ok) {
    io.stderr(`error: ${normalized.message}\n`);
    return undefined;
  }
  return normalized.url;
}

/** `auth login`: OAuth 2.0 with PKCE through the loopback listener; prints the URL to open on stderr. */
export async function authLogin(options: CliOptions, env: Env, io: AuthIo): Promise<number> {
  const baseUrl = baseUrlOf(options, io);
  if (baseUrl === undefined) return EXIT_INVALID;
  const clientId = options.clientId ?? fromEnv(env, AUTH_ENV.clientId);
  if (clientId === undefined) {
    io.stderr(`error: auth login needs the app's OAuth 2.0 client id: --client-id ID or ${AUTH_ENV.clientId} (the sandbox's is ${SANDBOX_CLIENT_ID})\n`);
    return EXIT_INVALID;
  }
  if (!/^[\x21-\x7e]{1,256}$/.test(clientId)) {
    io.stderr('error: the client id has spaces or characters a client id never contains\n');
    return EXIT_INVALID;
  }
  const clientSecret = fromEnv(env, AUTH_ENV.clientSecret);
  if (clientSecret !== undefined && tokenProblem(clientSecret) !== undefined) {
    io.stderr(`error: ${AUTH_ENV.clientSecret} ${tokenProblem(clientSecret)}\n`);
    return EXIT_INVALID;
  }
  const unknown = unknownScopes(options.scopes ?? []);
  if (unknown.length > 0) {
    for (const message of unknown) io.stderr(`error: --scopes: ${message}\n`);
    return EXIT_INVALID;
  }
  const scopes = signInScopes(options.scopes);
  let authorizeUrl = defaultAuthorizeUrl(baseUrl);
  if (options.authorizeUrl !== undefined) {
    const checked = normalizeBaseUrl(options.authorizeUrl);
    if (!checked.ok) {
      io.stderr(`error: --authorize-url: ${checked.message.replace(/^base URL/, 'the URL')}\n`);
      return EXIT_INVALID;
    }
    authorizeUrl = checked.url;
  }

  const client = new OAuthClient({ baseUrl, userAgent: `x-api-explorer-cli/${io.version ?? 'dev'}` });
  try {
    const attempt = await startPkceSignIn({
      client, authorizeUrl, clientId, clientSecret, scopes, port: options.port ?? DEFAULT_REDIRECT_PORT,
      timeoutMs: options.timeoutMs, signal: io.signal,
    });
    io.stderr(
      `Open this URL in your browser and approve (scopes: ${scopes.join(' ')}):\n\n  ${attempt.authorizeUrl}\n\n` +
        `Waiting for the browser to come back to ${attempt.redirectUri} (register this redirect URI on your app)...\n`,
    );
    const tokens = await attempt.tokens;
    let who = '';
    try {
      const owner = await client.whoAmI({ kind: 'oauth2', accessToken: tokens.accessToken }, { signal: io.signal });
      who = ` as @${owner.username} (id ${owner.id})`;
    } catch (error) {
      io.stderr(`warning: signed in, but GET /2/users/me failed: ${isSignInError(error) ? error.message : 'unknown error'}\n`);
    }
    const expires = tokens.expiresAt !== undefined ? `; the access token expires at ${new Date(tokens.expiresAt).toISOString()}` : '';
    io.stderr(`Signed in${who}; granted scopes: ${(tokens.scopes ?? scopes).join(' ')}${expires}.\n`);
    if (tokens.refreshToken === undefined) io.stderr('No refresh token: add offline.access to the scopes to get one.\n');
    io.stdout(exportLine(AUTH_ENV.accessToken, tokens.accessToken) + (tokens.refreshToken !== undefined ? exportLine(AUTH_ENV.refreshToken, tokens.refreshToken) : ''));
    return EXIT_OK;
  } catch (error) {
    io.stderr(`error: ${isSignInError(error) ? error.message : 'sign-in failed'}\n`);
    return isSignInError(error) && error.reason === 'invalid-input' ? EXIT_INVALID : EXIT_API_ERROR;
  } finally {
    await client.close();
  }
}

/** `auth app-token`: the app-only Bearer token for X_API_KEY and X_API_SECRET. */
export async function authAppToken(options: CliOptions, env: Env, io: AuthIo): Promise<number> {
  const baseUrl = baseUrlOf(options, io);
  if (baseUrl === undefined) return EXIT_INVALID;
  const apiKey = fromEnv(env, AUTH_ENV.apiKey);
  const apiSecret = fromEnv(env, AUTH_ENV.apiSecret);
  if (apiKey === undefined || apiSecret === undefined) {
    io.stderr(`error: auth app-token reads the app's API key and secret from ${AUTH_ENV.apiKey} and ${AUTH_ENV.apiSecret}\n`);
    return EXIT_INVALID;
  }
  for (const [name, value] of [[AUTH_ENV.apiKey, apiKey], [AUTH_ENV.apiSecret, apiSecret]] as const) {
    const problem = tokenProblem(value);
    if (problem !== undefined) {
      io.stderr(`error: ${name} ${problem}\n`);
      return EXIT_INVALID;
    }
  }
  const client = new OAuthClient({ baseUrl, userAgent: `x-api-explorer-cli/${io.version ?? 'dev'}`, timeoutMs: options.timeoutMs });
  try {
    const token = await client.appToken({ apiKey, apiSecret }, { signal: io.signal });
    io.stderr('Got the app-only Bearer token.\n');
    io.stdout(exportLine(AUTH_ENV.bearer, token));
    return EXIT_OK;
  } catch (error) {
    io.stderr(`error: ${isSignInError(error) ? error.message : 'the app-only token request failed'}\n`);
    return EXIT_API_ERROR;
  } finally {
    await client.close();
  }
}
