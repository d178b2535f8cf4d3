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
