/**
 * The endpoint catalogue: every read this product covers, with its path, parameters, accepted auth and rate limits,
 * as X's OpenAPI spec and docs state them (see ../shared/reference/CONTRACTS.md), and every other fact about an
 * endpoint the product uses (its CLI name, the words and icon it is shown with, an example value), so that no
 * other file keeps a table by endpoint.
 */

/** How a request authenticates: app-only Bearer, OAuth 1.0a user context, OAuth 2.0 user access token. */
export type AuthKind = 'bearer' | 'oauth1' | 'oauth2';

export const AUTH_KINDS: readonly AuthKind[] = ['bearer', 'oauth1', 'oauth2'];

/** What an auth kind is called, in the three places it is named. */
export interface AuthLabel {
  /** Where space is short: the status bar. */
  readonly short: string;
  /** Before "credentials": the origin-consent prompt, the builder's endpoint tags and tooltips. */
  readonly kind: string;
  /** A noun phrase taking an article: validation messages, the builder's connection line. */
  readonly full: string;
}

/** Every name of every auth kind, in one table. */
export const AUTH_LABELS: Readonly<Record<AuthKind, AuthLabel>> = {
  bearer: { short: 'Bearer', kind: 'app-only Bearer', full: 'app-only Bearer token' },
  oauth1: { short: 'OAuth 1.0a', kind: 'OAuth 1.0a', full: 'OAuth 1.0a user context' },
  oauth2: { short: 'OAuth 2.0', kind: 'OAuth 2.0 user token', full: 'OAuth 2.0 user token' },
};

/** Stable names of the endpoints; used by commands, saved lookups and the CLI. */
export type EndpointId =
  | 'userById'
  | 'usersByIds'
  | 'userByUsername'
  | 'usersByUsernames'
  | 'me'
  | 'customProfile'
  | 'customProfiles';

export const ID_PATTERN = /^[0-9]{1,19}$/;
export const USERNAME_PATTERN = /^[A-Za-z0-9_]{1,15}$/;

/** What a single value must look like: a snowflake id or a username. */
export type ValueKind = 'id' | 'username';

/** The pattern a value of `kind` must match. */
export function patternOf(kind: ValueKind): RegExp {
  return kind === 'id' ? ID_PATTERN : USERNAME_PATTERN;
}

/** Whether `value` is a well-formed id or username: what validation lets through and what is sent. */
export function isWellFormed(kind: ValueKind, value: string): boolean {
  return patternOf(kind).test(value);
}

/**
 * What two values naming the same user have in common: usernames are case-insensitive on X, so `Jack` and `jack`
 * are one user asked for twice; ids are compared as they are.
 */
export function sameUserKey(kind: ValueKind, value: string): string {
  return kind === 'username' ? value.toLowerCase() : value;
}

/** A value taken from the path (`/2/users/:id`). */
export interface PathParam {
  readonly name: 'id' | 'username';
  readonly kind: ValueKind;
}

/** A comma-joined list taken from the query (`ids=1,2,3`). */
export interface ListParam {
  readonly name: 'ids' | 'usernames';
  readonly kind: ValueKind;
  readonly min: number;
  readonly max: number;
}

/** Requests allowed per 15-minute window, per app (app-only auth) and per user (user context). */
export interface RateLimit {
  readonly perApp?: number;
  readonly perUser: number;
  readonly windowSeconds: number;
}

export interface EndpointSpec {
  readonly id: EndpointId;
  readonly api: 'v2' | 'v1.1';
  readonly method: 'GET';
  /** Path with `:name` placeholders, as the docs write it. */
  readonly path: string;
  readonly summary: string;
  readonly pathParam?: PathParam;
  readonly listParam?: ListParam;
  /** v2 lookups take `user.fields`, `expansions` and `tweet.fields`/`post.fields`. */
  readonly takesFields: boolean;
  /** `list.json` pages with `count` (1 to 50) and `cursor`. */
  readonly paged: boolean;
  readonly auth: readonly AuthKind[];
  /**
   * The OAuth 2.0 scopes an OAuth 2.0 user token needs here, from the operation's `security` in X's OpenAPI specs
   * (`OAuth2UserToken`); empty where OAuth 2.0 is not accepted. `auth` is the spec's list of schemes (`BearerToken`,
   * `OAuth2UserToken`, `UserToken` for OAuth 1.0a); test/unit/core/catalog/endpointScopes.test.ts checks both against
   * the specs.
   */
  readonly oauth2Scopes: readonly string[];
  readonly rateLimit: RateLimit;
  /** Whether a success is billed per user returned under pay-per-use. */
  readonly billedPerUser: boolean;
  readonly docsUrl: string;
  /** The CLI subcommand, e.g. `user-by-username`. */
  readonly cliName: string;
  /** What the lookup is called in titles and history, lower case: `user`, `users`, `custom profiles`. */
  readonly noun: string;
  /** What one record of its answer is called when counting them: `3 users`, `2 profiles`. */
  readonly recordNoun: 'user' | 'profile';
  /** The codicon shown beside its saved lookups and groups. */
  readonly icon: string;
  /** A value to show as the placeholder of the input that asks for its id, ids, username or usernames. */
  readonly example?: string;
}

const WINDOW = 15 * 60;
const ANY_AUTH: readonly AuthKind[] = ['bearer', 'oauth2', 'oauth1'];
const USER_CONTEXT: readonly AuthKind[] = ['oauth2', 'oauth1'];
/** What the five v2 user lookups ask of an OAuth 2.0 token in both specs (2.166 and 2.167). */
const USER_LOOKUP_SCOPES: readonly string[] = ['tweet.read', 'users.read'];
const LOOKUP_LIMIT: RateLimit = { perApp: 300, perUser: 900, windowSeconds: WINDOW };

export const ENDPOINTS: Readonly<Record<EndpointId, EndpointSpec>> = {
  userById: {
    id: 'userById', api: 'v2', method: 'GET', path: '/2/users/:id',
    summary: 'One user by id',
    pathParam: { name: 'id', kind: 'id' },
    takesFields: true, paged: false, auth: ANY_AUTH, oauth2Scopes: USER_LOOKUP_SCOPES, rateLimit: LOOKUP_LIMIT, billedPerUser: true,
    docsUrl: 'https://docs.x.com/x-api/users/get-user-by-id',
    cliName: 'user', noun: 'user', recordNoun: 'user', icon: 'person', example: '2244994945',
  },
  usersByIds: {
    id: 'usersByIds', api: 'v2', method: 'GET', path: '/2/users',
    summary: 'Up to 100 users by id',
    listParam: { name: 'ids', kind: 'id', min: 1, max: 100 },
    takesFields: true, paged: false, auth: ANY_AUTH, oauth2Scopes: USER_LOOKUP_SCOPES, rateLimit: LOOKUP_LIMIT, billedPerUser: true,
    docsUrl: 'https://docs.x.com/x-api/users/get-users-by-ids',
    cliName: 'users', noun: 'users', recordNoun: 'user', icon: 'organization', example: '2244994945, 783214',
  },
  userByUsername: {
    id: 'userByUsername', api: 'v2', method: 'GET', path: '/2/users/by/username/:username',
    summary: 'One user by username',
    pathParam: { name: 'username', kind: 'username' },
    takesFields: true, paged: false, auth: ANY_AUTH, oauth2Scopes: USER_LOOKUP_SCOPES, rateLimit: LOOKUP_LIMIT, billedPerUser: true,
    docsUrl: 'https://docs.x.com/x-api/users/get-user-by-username',
    cliName: 'user-by-username', noun: 'user', recordNoun: 'user', icon: 'account', example: 'XDevelopers',
  },
  usersByUsernames: {
    id: 'usersByUsernames', api: 'v2', method: 'GET', path: '/2/users/by',
    summary: 'Up to 100 users by username',
    listParam: { name: 'usernames', kind: 'username', min: 1, max: 100 },
    takesFields: true, paged: false, auth: ANY_AUTH, oauth2Scopes: USER_LOOKUP_SCOPES, rateLimit: LOOKUP_LIMIT, billedPerUser: true,
    docsUrl: 'https://docs.x.com/x-api/users/get-users-by-usernames',
    cliName: 'users-by-username', noun: 'users', recordNoun: 'user', icon: 'organization', example: 'XDevelopers, X',
  },
  me: {
    id: 'me', api: 'v2', method: 'GET', path: '/2/users/me',
    summary: 'The authenticated user',
    takesFields: true, paged: false, auth: USER_CONTEXT, oauth2Scopes: USER_LOOKUP_SCOPES,
    rateLimit: { perUser: 75, windowSeconds: WINDOW }, billedPerUser: true,
    docsUrl: 'https://docs.x.com/x-api/users/get-my-user',
    cliName: 'me', noun: 'me', recordNoun: 'user', icon: 'account',
  },
  customProfile: {
    id: 'customProfile', api: 'v1.1', method: 'GET', path: '/1.1/custom_profiles/:id.json',
    summary: 'One Direct Message custom profile',
    pathParam: { name: 'id', kind: 'id' },
    takesFields: false, paged: false, auth: ['oauth1'], oauth2Scopes: [],
    rateLimit: { perUser: 180, windowSeconds: WINDOW }, billedPerUser: false,
    docsUrl: 'https://developer.x.com/en/docs/x-api/v1/direct-messages/custom-profiles/api-reference/get-profile',
    cliName: 'custom-profile', noun: 'custom profile', recordNoun: 'profile', icon: 'comment-discussion', example: '100001',
  },
  customProfiles: {
    id: 'customProfiles', api: 'v1.1', method: 'GET', path: '/1.1/custom_profiles/list.json',
    summary: 'Direct Message custom profiles, a page at a time',
    takesFields: false, paged: true, auth: ['oauth1'], oauth2Scopes: [],
    rateLimit: { perUser: 180, windowSeconds: WINDOW }, billedPerUser: false,
    docsUrl: 'https://developer.x.com/en/docs/x-api/v1/direct-messages/custom-profiles/api-reference/get-profiles',
    cliName: 'custom-profiles', noun: 'custom profiles', recordNoun: 'profile', icon: 'comment-discussion',
  },
};

// Pure, so a bundle that needs only the types or the labels (the activation shell) leaves the catalogue out.
export const ENDPOINT_IDS = /* @__PURE__ */ Object.keys(ENDPOINTS) as EndpointId[];

/** Page size limits of `custom_profiles/list.json`. */
export const CUSTOM_PROFILES_COUNT = { min: 1, max: 50, default: 20 } as const;

export function isEndpointId(value: unknown): value is EndpointId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ENDPOINTS, value);
}

/** Whether an endpoint answers only to user-context auth (so app-only Bearer is refused before sending). */
export function requiresUserContext(spec: EndpointSpec): boolean {
  return !spec.auth.includes('bearer');
}
