/** Which server a CLI lookup goes to and with which credentials, from the options and the environment. */
import type { Credentials } from '../core/auth/credentials';
import { ENDPOINTS, type EndpointId } from '../core/catalog/endpoints';
import { DEFAULT_BASE_URL, normalizeBaseUrl } from '../core/request/baseUrl';
import { SANDBOX_BEARER, SANDBOX_DEFAULT_CREDENTIALS, SANDBOX_OAUTH1, SANDBOX_OAUTH2 } from '../core/auth/sandboxCredentials';
import type { CliOptions } from './args';
import { EXIT_INVALID, type CliIo } from './cliIo';
import { chooseCredentials, credentialsInEnv, ENV_NAMES, malformedCredentials, partialOAuth1, type Env } from './envCredentials';

const SANDBOX_BY_KIND = { bearer: SANDBOX_BEARER, oauth1: SANDBOX_OAUTH1, oauth2: SANDBOX_OAUTH2 } as const;

/** Where a lookup goes and with what: the credentials and base URL, or the sandbox. */
export interface LookupTarget {
  readonly credentials: Credentials;
  /** Normalised; '' when the sandbox answers (its URL is known once it runs). */
  readonly baseUrl: string;
  readonly useSandbox: boolean;
  /** Every credential in the environment, used or not: all are cleaned from what the server says. */
  readonly otherCredentials: readonly Credentials[];
}

/** Picks credentials and base URL from the options and the environment, or says why not (exit 2, nothing sent). */
export function resolveTarget(endpoint: EndpointId, options: CliOptions, env: Env, io: CliIo): LookupTarget | number {
  const spec = ENDPOINTS[endpoint];
  // --sandbox reads no credentials from the environment; otherwise a malformed one is refused before anything is sent.
  const malformed = options.sandbox ? [] : malformedCredentials(env);
  if (malformed.length > 0) {
    for (const message of malformed) io.stderr(`error: ${message}\n`);
    return EXIT_INVALID;
  }
  const available = credentialsInEnv(env);
  const useSandbox = options.sandbox || (available.size === 0 && options.baseUrl === undefined);

  let credentials: Credentials;
  let baseUrl: string;
  if (useSandbox) {
    if (options.baseUrl !== undefined) {
      io.stderr('error: --sandbox and --base-url exclude each other\n');
      return EXIT_INVALID;
    }
    credentials = options.auth ? SANDBOX_BY_KIND[options.auth] : SANDBOX_DEFAULT_CREDENTIALS;
    baseUrl = '';
  } else {
    const missing = partialOAuth1(env);
    if (missing.length > 0 && !available.has('oauth1') && (options.auth === 'oauth1' || available.size === 0)) {
      io.stderr(`error: OAuth 1.0a needs all four variables; missing ${missing.join(', ')}\n`);
      return EXIT_INVALID;
    }
    if (available.size === 0) {
      io.stderr('error: no credentials in the environment (X_BEARER_TOKEN, X_OAUTH2_ACCESS_TOKEN or the four X_CONSUMER_*/X_ACCESS_TOKEN* variables); drop --base-url to use the sandbox\n');
      return EXIT_INVALID;
    }
    const chosen = chooseCredentials(available, spec, options.auth);
    if (!chosen.ok) {
      io.stderr(`error: ${chosen.message}\n`);
      return EXIT_INVALID;
    }
    credentials = chosen.credentials;
    const normalized = normalizeBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
    if (!normalized.ok) {
      io.stderr(`error: ${normalized.message}\n`);
      return EXIT_INVALID;
    }
    baseUrl = normalized.url;
  }
  return { credentials, baseUrl, useSandbox, otherCredentials: [...available.values(), ...envSecrets(env)] };
}

/**
 * The value of every credential variable that is set, as a bearer token each: this also covers variables that do
 * not make a full set (an OAuth 1.0a key without its secret), which are unusable but still secret.
 */
function envSecrets(env: Env): Credentials[] {
  return [...ENV_NAMES.oauth1, ...ENV_NAMES.bearer, ...ENV_NAMES.oauth2]
    .map((name) => env[name]?.trim())
    .filter((value): value is string => value !== undefined && value !== '')
    .map((token): Credentials => ({ kind: 'bearer', token }));
}

