/**
 * The sandbox's documented credentials. They are public on purpose (like a test card number): the sandbox accepts
 * them and nothing else, so auth checks behave as they do against X. The extension uses them in sandbox mode, so
 * every endpoint, user context included, works with no setup.
 */
import type { BearerCredentials, OAuth1Credentials, OAuth2Credentials } from './credentials';

export const SANDBOX_BEARER: BearerCredentials = {
  kind: 'bearer',
  token: 'AAAAAAAAAAAAAAAAAAAAAXApiExplorerSandboxBearerToken',
};

export const SANDBOX_OAUTH1: OAuth1Credentials = {
  kind: 'oauth1',
  consumerKey: 'xapi-sandbox-consumer-key',
  consumerSecret: 'xapi-sandbox-consumer-secret',
  accessToken: 'xapi-sandbox-access-token',
  accessTokenSecret: 'xapi-sandbox-access-token-secret',
};

export const SANDBOX_OAUTH2: OAuth2Credentials = {
  kind: 'oauth2',
  accessToken: 'xapi-sandbox-oauth2-user-access-token',
};

/** The credentials a sandbox client uses when it has nothing else: user context, so `me` and v1.1 work too. */
export const SANDBOX_DEFAULT_CREDENTIALS = SANDBOX_OAUTH1;

/**
 * The sandbox's registered OAuth 2.0 app. Its client id is public (PKCE public client); the secret is optional and
 * makes it a confidential client (Basic auth at the token endpoint). Its redirect URIs are every loopback
 * `http://127.0.0.1:<port>/callback`, `http://127.0.0.2:<port>/callback` and `http://localhost:<port>/callback`
 * (see src/sandbox/oauthRoutes.ts).
 */
export const SANDBOX_CLIENT_ID = 'xapi-sandbox-client-id';
export const SANDBOX_CLIENT_SECRET = 'xapi-sandbox-client-secret';

/**
 * The sandbox app's API key and secret: the OAuth 1.0a consumer key and secret, as at X, where one pair serves the
 * PIN flow and the app-only token exchange.
 */
export const SANDBOX_API_KEY = SANDBOX_OAUTH1.consumerKey;
export const SANDBOX_API_SECRET = SANDBOX_OAUTH1.consumerSecret;
