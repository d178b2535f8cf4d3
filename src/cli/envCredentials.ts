/** Credentials for the CLI, from the environment only (never from flags, which end up in shell history). */
import type { AuthKind, EndpointSpec } from '../core/catalog/endpoints';
import { tokenProblem, type Credentials } from '../core/auth/credentials';

export const ENV_NAMES = {
  bearer: ['X_BEARER_TOKEN'],
  oauth1: ['X_CONSUMER_KEY', 'X_CONSUMER_SECRET', 'X_ACCESS_TOKEN', 'X_ACCESS_TOKEN_SECRET'],
  oauth2: ['X_OAUTH2_ACCESS_TOKEN'],
} as const;

export type Env = Readonly<Record<string, string | undefined>>;

/** Every credential kind the environment holds in full. */
export function credentialsInEnv(env: Env): Map<AuthKind, Credentials> {
  const found = new Map<AuthKind, Credentials>();
  const get = (name: string): string | undefined => (env[name] && env[name]!.trim() !== '' ? env[name]!.trim() : undefined);
  const bearer = get('X_BEARER_TOKEN');
  if (bearer) found.set('bearer', { kind: 'bearer', token: bearer });
  const [ck, cs, at, ats] = ENV_NAMES.oauth1.map(get);
  if (ck && cs && at && ats) found.set('oauth1', { kind: 'oauth1', consumerKey: ck, consumerSecret: cs, accessToken: at, accessTokenSecret: ats });
  const oauth2 = get('X_OAUTH2_ACCESS_TOKEN');
  if (oauth2) found.set('oauth2', { kind: 'oauth2', accessToken: oauth2 });
  return found;
}

/**
 * A message for each credential variable whose value (trimmed) cannot be a token: a line break or a control character
 * inside, say. Such a value would only fail as a "network error" when undici refuses the header. The messages name the
 * variable, never its value.
 */
export function malformedCredentials(env: Env): string[] {
  const problems: string[] = [];
  for (const name of [...ENV_NAMES.bearer, ...ENV_NAMES.oauth2, ...ENV_NAMES.oauth1]) {
    const value = env[name]?.trim();
    if (!value) continue;
    const problem = tokenProblem(value);
    if (problem !== undefined) problems.push(`${name} ${problem}`);
  }
  return problems;
}

/** OAuth 1.0a variables that are set while others are missing: worth a specific message. */
export function partialOAuth1(env: Env): string[] {
  const set = ENV_NAMES.oauth1.filter((name) => env[name]);
  return set.length > 0 && set.length < ENV_NAMES.oauth1.length ? ENV_NAMES.oauth1.filter((name) => !env[name]) : [];
}

/**
 * Picks the credentials for an endpoint: the kind asked for, else the first the endpoint accepts in the order
 * app-only Bearer (cheapest rate-limit pool for lookups), OAuth 2.0 user, OAuth 1.0a.
 */
export function chooseCredentials(
  available: Map<AuthKind, Credentials>,
  spec: EndpointSpec,
  wanted: AuthKind | undefined,
): { ok: true; credentials: Credentials } | { ok: false; message: string } {
  if (wanted) {
    const credentials = available.get(wanted);
    if (!credentials) return { ok: false, message: `--auth ${wanted} needs ${ENV_NAMES[wanted].join(', ')} in the environment` };
    return { ok: true, credentials };
  }
  for (const kind of ['bearer', 'oauth2', 'oauth1'] as const) {
    const credentials = available.get(kind);
    if (credentials && spec.auth.includes(kind)) return { ok: true, credentials };
  }
  const needs = spec.auth.map((kind) => ENV_NAMES[kind].join(' + ')).join(' or ');
  return { ok: false, message: `${spec.path} needs ${needs} in the environment` };
}
