/**
 * OAuth 2.0 scopes: which ones each endpoint of the catalogue needs (from X's specs, see `EndpointSpec.oauth2Scopes`),
 * what a sign-in asks for, and whether an account can call an endpoint at all, with a message naming what to add.
 */
import { AUTH_LABELS, ENDPOINT_IDS, ENDPOINTS, type AuthKind, type EndpointId, type EndpointSpec } from '../catalog/endpoints';

/**
 * Every scope X's specs define for `OAuth2UserToken` (2.166 and 2.167 together; 2.167 adds `block.write`,
 * `broadcast.read` and `broadcast.write`). test/unit/core/catalog/endpointScopes.test.ts compares it with the specs.
 */
export const OAUTH2_SCOPES: readonly string[] = [
  'block.read', 'block.write', 'bookmark.read', 'bookmark.write', 'broadcast.read', 'broadcast.write', 'dm.read',
  'dm.write', 'follows.read', 'follows.write', 'like.read', 'like.write', 'list.read', 'list.write', 'media.write',
  'mute.read', 'mute.write', 'offline.access', 'space.read', 'timeline.read', 'tweet.moderate.write', 'tweet.read',
  'tweet.write', 'users.read',
];

/** The scope that makes the token endpoint return a refresh token. */
export const OFFLINE_ACCESS = 'offline.access';

/** The scopes an OAuth 2.0 user token needs for an endpoint; empty when the endpoint does not take OAuth 2.0. */
export function scopesFor(endpoint: EndpointId | EndpointSpec): readonly string[] {
  return (typeof endpoint === 'string' ? ENDPOINTS[endpoint] : endpoint).oauth2Scopes;
}

/**
 * What a sign-in asks for: the scopes the catalogue's lookups need, `offline.access` (so the session outlives the
 * two-hour access token), then any the user adds, without duplicates.
 */
export function signInScopes(extra: readonly string[] = []): string[] {
  const wanted = new Set<string>();
  for (const id of ENDPOINT_IDS) for (const scope of scopesFor(id)) wanted.add(scope);
  wanted.add(OFFLINE_ACCESS);
  for (const scope of extra) wanted.add(scope);
  return [...wanted];
}

/** `tweet.read users.read offline.access`: what a sign-in asks for when the user adds nothing. */
export const DEFAULT_SIGN_IN_SCOPES: readonly string[] = signInScopes();

/** Splits a scope list as X writes it (space-separated) or as people type it (commas too); no empties, no repeats. */
export function parseScopeList(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter((scope) => scope !== ''))];
}

/** A message per scope that X does not define, naming it; empty when all are known. */
export function unknownScopes(scopes: readonly string[]): string[] {
  return scopes.filter((scope) => !OAUTH2_SCOPES.includes(scope)).map((scope) => `"${scope.slice(0, 64)}" is not an OAuth 2.0 scope of the X API`);
}

/** What the access check needs to know of an account: its kind and, for OAuth 2.0, the scopes X granted. */
export interface AccountGrant {
  readonly kind: AuthKind;
  /**
   * The scopes X granted (OAuth 2.0 only). Undefined when nobody knows (a token pasted by hand): such an account is
   * not refused for scopes, and X's own answer will say.
   */
  readonly scopes?: readonly string[];
}

export type EndpointAccess =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** `auth-kind`: this kind of account is not accepted at all; `scopes`: an OAuth 2.0 token lacks scopes. */
      readonly reason: 'auth-kind' | 'scopes';
      /** The kinds the endpoint accepts. */
      readonly acceptedKinds: readonly AuthKind[];
      /** For `scopes`: what to add, in the catalogue's order. */
      readonly missingScopes: readonly string[];
      /** One sentence for the user, e.g. "GET /2/users/me needs the users.read scope; sign in again and grant it." */
      readonly message: string;
    };

/** Whether an account can call an endpoint; if not, why, naming what to add. Nothing is sent to find out. */
export function checkEndpointAccess(endpoint: EndpointId | EndpointSpec, account: AccountGrant): EndpointAccess {
  const spec = typeof endpoint === 'string' ? ENDPOINTS[endpoint] : endpoint;
  const name = `${spec.method} ${spec.path}`;
  if (!spec.auth.includes(account.kind)) {
    return { ok: false, reason: 'auth-kind', acceptedKinds: spec.auth, missingScopes: [], message: `${name} ${kindAdvice(spec, account.kind)}` };
  }
  if (account.kind !== 'oauth2' || account.scopes === undefined) return { ok: true };
  const granted = new Set(account.scopes);
  const missing = spec.oauth2Scopes.filter((scope) => !granted.has(scope));
  if (missing.length === 0) return { ok: true };
  const list = missing.length === 1 ? `the ${missing[0]} scope` : `the ${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]} scopes`;
  return {
    ok: false, reason: 'scopes', acceptedKinds: spec.auth, missingScopes: missing,
    message: `${name} needs ${list}; sign in again with OAuth 2.0 and grant ${missing.length === 1 ? 'it' : 'them'}`,
  };
}

/** What to say when an account of `kind` is not accepted: the sign-in that would be. */
function kindAdvice(spec: EndpointSpec, kind: AuthKind): string {
  const accepted = spec.auth;
  if (accepted.length === 1 && accepted[0] === 'oauth1') {
    return `needs ${AUTH_LABELS.oauth1.full}; sign in with a PIN (OAuth 1.0a) to use it, ${AUTH_LABELS[kind].kind} credentials are refused here`;
  }
  if (!accepted.includes('bearer')) {
    return `needs a user: sign in with OAuth 2.0 or with a PIN (OAuth 1.0a); ${AUTH_LABELS[kind].kind} credentials are refused here`;
  }
  return `does not accept ${AUTH_LABELS[kind].kind} credentials; use ${accepted.map((k) => AUTH_LABELS[k].full).join(', ')}`;
}
