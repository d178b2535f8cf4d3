/**
 * The endpoint catalogue: every read this product covers, with its path, parameters, accepted auth and rate limits,
 * as X's OpenAPI spec and docs state them (see ../shared/reference/CONTRACTS.md).
 */

/** How a request authenticates: app-only Bearer, OAuth 1.0a user context, OAuth 2.0 user access token. */
export type AuthKind = 'bearer' | 'oauth1' | 'oauth2';

export const AUTH_KINDS: readonly AuthKind[] = ['bearer', 'oauth1', 'oauth2'];

/** What each auth kind is called in prompts, tooltips and the builder. */
export const AUTH_LABELS: Readonly<Record<AuthKind, string>> = {
  bearer: 'app-only Bearer',
  oauth1: 'OAuth 1.0a',
  oauth2: 'OAuth 2.0 user token',
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
  readonly rateLimit: RateLimit;
  /** Whether a success is billed per user returned under pay-per-use. */
  readonly billedPerUser: boolean;
  readonly docsUrl: string;
}

const WINDOW = 15 * 60;
const ANY_AUTH: readonly AuthKind[] = ['bearer', 'oauth2', 'oauth1'];
const USER_CONTEXT: readonly AuthKind[] = ['oauth2', 'oauth1'];
const LOOKUP_LIMIT: RateLimit = { perApp: 300, perUser: 900, windowSeconds: WINDOW };

export const ENDPOINTS: Readonly<Record<EndpointId, EndpointSpec>> = {
  userById: {
    id: 'userById', api: 'v2', method: 'GET', path: '/2/users/:id',
    summary: 'One user by id',
    pathParam: { name: 'id', kind: 'id' },
    takesFields: true, paged: false, auth: ANY_AUTH, rateLimit: LOOKUP_LIMIT, billedPerUser: true,
    docsUrl: 'https://docs.x.com/x-api/users/get-user-by-id',
  },
  usersByIds: {
    id: 'usersByIds', api: 'v2', method: 'GET', path: '/2/users',
    summary: 'Up to 100 users by id',
    listParam: { name: 'ids', kind: 'id', min: 1, max: 100 },
    takesFields: true, paged: false, auth: ANY_AUTH, rateLimit: LOOKUP_LIMIT, billedPerUser: true,
    docsUrl: 'https://docs.x.com/x-api/users/get-users-by-ids',
  },
  userByUsername: {
    id: 'userByUsername', api: 'v2', method: 'GET', path: '/2/users/by/username/:username',
    summary: 'One user by username',
    pathParam: { name: 'username', kind: 'username' },
    takesFields: true, paged: false, auth: ANY_AUTH, rateLimit: LOOKUP_LIMIT, billedPerUser: true,
    docsUrl: 'https://docs.x.com/x-api/users/get-user-by-username',
  },
  usersByUsernames: {
    id: 'usersByUsernames', api: 'v2', method: 'GET', path: '/2/users/by',
    summary: 'Up to 100 users by username',
    listParam: { name: 'usernames', kind: 'username', min: 1, max: 100 },
    takesFields: true, paged: false, auth: ANY_AUTH, rateLimit: LOOKUP_LIMIT, billedPerUser: true,
    docsUrl: 'https://docs.x.com/x-api/users/get-users-by-usernames',
  },
  me: {
    id: 'me', api: 'v2', method: 'GET', path: '/2/users/me',
    summary: 'The authenticated user',
    takesFields: true, paged: false, auth: USER_CONTEXT,
    rateLimit: { perUser: 75, windowSeconds: WINDOW }, billedPerUser: true,
    docsUrl: 'https://docs.x.com/x-api/users/get-my-user',
  },
  customProfile: {
    id: 'customProfile', api: 'v1.1', method: 'GET', path: '/1.1/custom_profiles/:id.json',
    summary: 'One Direct Message custom profile',
    pathParam: { name: 'id', kind: 'id' },
    takesFields: false, paged: false, auth: ['oauth1'],
    rateLimit: { perUser: 180, windowSeconds: WINDOW }, billedPerUser: false,
    docsUrl: 'https://developer.x.com/en/docs/x-api/v1/direct-messages/custom-profiles/api-reference/get-profile',
  },
  customProfiles: {
    id: 'customProfiles', api: 'v1.1', method: 'GET', path: '/1.1/custom_profiles/list.json',
    summary: 'Direct Message custom profiles, a page at a time',
    takesFields: false, paged: true, auth: ['oauth1'],
    rateLimit: { perUser: 180, windowSeconds: WINDOW }, billedPerUser: false,
    docsUrl: 'https://developer.x.com/en/docs/x-api/v1/direct-messages/custom-profiles/api-reference/get-profiles',
  },
};

export const ENDPOINT_IDS = Object.keys(ENDPOINTS) as EndpointId[];

/** Page size limits of `custom_profiles/list.json`. */
export const CUSTOM_PROFILES_COUNT = { min: 1, max: 50, default: 20 } as const;

export function isEndpointId(value: unknown): value is EndpointId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ENDPOINTS, value);
}

/** Whether an endpoint answers only to user-context auth (so app-only Bearer is refused before sending). */
export function requiresUserContext(spec: EndpointSpec): boolean {
  return !spec.auth.includes('bearer');
}
