/**
 * The messages between the request builder webview (src/webview) and its panel (src/host/builderPanel.ts).
 *
 * The webview speaks first: it posts `ready` once its listener is installed, and the host posts nothing before that
 * (a message posted earlier would be lost). Everything the webview sends is untrusted input, so the host passes each
 * message through {@link isWebviewToHost} before looking at it. No message ever carries a secret: the connection
 * state names the auth kind, never a token.
 */
import type { AuthKind, EndpointSpec } from '../../core/catalog/endpoints';
import type { CostEstimate } from '../../core/catalog/cost';

/**
 * The builder's estimate: the catalogue's, with the users the spend ledger says were billed earlier today (free
 * now), and for a list of more than 100 values the number of requests it is sent in (a bulk lookup).
 */
export type BuilderCost = CostEstimate & { readonly alreadyBilledToday?: number; readonly batches?: number };
import type { LookupRequest, ValidationIssue } from '../../core/request/lookupRequest';
import type { Vocabulary } from '../../core/catalog/vocabulary';
import { validateName } from '../../core/savedLookups/name';
import { checkRequestShape, isPlainRecord } from '../../core/request/argumentInput';

// ---------------------------------------------------------------------------------------------------------------
// Data carried by the messages

/** One value of `user.fields`, `tweet.fields`/`post.fields` or `expansions`, with what it brings, in one line. */
export interface EnumOption {
  readonly value: string;
  /** One line for the checkbox tooltip; absent when the value has no field doc. */
  readonly doc?: string;
}

/** What the form offers under the active vocabulary: endpoints, enum values, limits and the price. */
export interface BuilderCatalog {
  readonly vocabulary: Vocabulary;
  /** The name the tweet fields go out under: `tweet.fields` (2.166) or `post.fields` (2.167). */
  readonly tweetFieldsParam: 'tweet.fields' | 'post.fields';
  /** Every endpoint, in the catalogue's order: path, summary, parameter kinds and limits, auth, rate limits. */
  readonly endpoints: readonly EndpointSpec[];
  readonly userFields: readonly EnumOption[];
  readonly tweetFields: readonly EnumOption[];
  readonly expansions: readonly EnumOption[];
  /** Page size limits of the custom-profiles list. */
  readonly count: { readonly min: number; readonly max: number; readonly default: number };
  /** Pay-per-use price of one user returned, in US dollars. */
  readonly pricePerUserUsd: number;
}

/** The mode the extension is in, as the form shows it. The auth KIND only: never a token or key. */
export interface ConnectionSummary {
  readonly sandbox: boolean;
  readonly auth: AuthKind;
  /** The auth kind in words, e.g. `OAuth 1.0a user context`. */
  readonly authLabel: string;
  /** Origin and path of the API, with any user info, query or fragment removed. */
  readonly baseUrl: string;
  readonly vocabulary: Vocabulary;
  /** The signed-in user account user-context lookups run as (`@name`); a label, never a token. */
  readonly account?: string;
}

/** Field selections a new form starts with (the `xapi.default*` settings). */
export interface FieldDefaults {
  readonly userFields: readonly string[];
  readonly tweetFields: readonly string[];
  readonly expansions: readonly string[];
}

/** A lookup as the form describes it; the same shape as the request the engine validates. */
export type BuilderRequest = LookupRequest;

/** A lookup handed to the form to load: a saved lookup opened in the builder, or the history entry edited. */
export interface BuilderInitial {
  readonly request: BuilderRequest;
  /** The saved lookup's name, offered again when saving. */
  readonly name?: string;
}

/** The acknowledged actions that can fail. */
export type BuilderAction = 'send' | 'save' | 'copyCurl' | 'copyCode';

// ---------------------------------------------------------------------------------------------------------------
// Host -> webview

/** Everything the host posts to the webview. */
export type HostToWebview =
  /**
   * The answer to `ready`: the catalogue, the connection, the defaults, and, once only, a lookup to load. Without
   * `initial` the webview restores its own saved state (or starts from the defaults). Posted again when a saved
   * lookup is opened in a builder that is already open.
   */
  | {
      readonly type: 'init';
      readonly catalog: BuilderCatalog;
      readonly connection: ConnectionSummary;
      readonly defaults: FieldDefaults;
      readonly initial?: BuilderInitial;
    }
  /**
   * The answer to `change`: every broken rule (field names as in `ValidationIssue.field`), the URL the request goes
   * to when it is valid, and the cost estimate. `seq` echoes the change it answers so stale answers can be dropped.
   */
  | {
      readonly type: 'validation';
      readonly seq: number;
      readonly ok: boolean;
      readonly issues: readonly ValidationIssue[];
      readonly url?: string;
      readonly cost: BuilderCost;
    }
  /** The connection or the vocabulary changed (settings, credentials); the catalogue is the new vocabulary's. */
  | { readonly type: 'state'; readonly connection: ConnectionSummary; readonly catalog: BuilderCatalog }
  /** `send` finished: `ok` when a result document opened; `summary` says which, or why nothing was sent. */
  | { readonly type: 'sent'; readonly ok: boolean; readonly summary: string }
  /** `save` stored the lookup under `name`. */
  | { readonly type: 'saved'; readonly name: string }
  /** `copyCurl` put the command on the clipboard. */
  | { readonly type: 'copied' }
  /** `copyCode` finished: `copied` is false when the user closed the quick pick of clients without choosing one. */
  | { readonly type: 'codeCopied'; readonly copied: boolean }
  /** An action failed; `message` is for the user (never holds a secret). */
  | { readonly type: 'error'; readonly action: BuilderAction; readonly message: string };

// ---------------------------------------------------------------------------------------------------------------
// Webview -> host

/** Everything the webview posts to the host. Untrusted: check with {@link isWebviewToHost}. */
export type WebviewToHost =
  /** The webview's listener is installed; the host may post now (and answers with `init`). */
  | { readonly type: 'ready' }
  /** The form changed; `request` is the whole current form. The host answers with `validation` for the same `seq`. */
  | { readonly type: 'change'; readonly seq: number; readonly request: BuilderRequest }
  /** Run the lookup; the result opens beside the builder. Answered with `sent` or `error`. */
  | { readonly type: 'send'; readonly request: BuilderRequest }
  /** Store the lookup under `name` (the store's rule: `validateName`). Answered with `saved` or `error`. */
  | { readonly type: 'save'; readonly name: string; readonly request: BuilderRequest }
  /** Copy the lookup as a cURL command. Answered with `copied` or `error`. */
  | { readonly type: 'copyCurl'; readonly request: BuilderRequest }
  /** Copy the lookup as code, in the client the user picks (xapi.copyAsCode). Answered with `codeCopied` or `error`. */
  | { readonly type: 'copyCode'; readonly request: BuilderRequest }
  /** Pick the account lookups run as (or sign in): the host's Switch Account command. */
  | { readonly type: 'switchAccount' };

// ---------------------------------------------------------------------------------------------------------------
// The guard

type Check = (value: unknown) => boolean;

/**
 * Whether `value` has exactly the keys of `shape` and each passes its check. Unknown keys,
 * `__proto__` and `constructor` among them, fail the whole message rather than being ignored.
 */
function hasShape(value: unknown, shape: Readonly<Record<string, Check>>): boolean {
  if (!isPlainRecord(value)) return false;
  // Own keys only: a `__proto__` key arrives as an own property after JSON parsing and must not pass unnoticed.
  const keys = Reflect.ownKeys(value);
  for (const key of keys) {
    if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(shape, key)) return false;
  }
  for (const key of Object.keys(shape)) {
    if (!Object.prototype.hasOwnProperty.call(value, key) || !shape[key](value[key])) return false;
  }
  return true;
}

const isSeq: Check = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** The store's own rule, so the builder never accepts a name the store would then refuse. */
const isName: Check = (value) => validateName(value).ok;

/** The one request guard of core (unknown keys refused), shared with command arguments and the store. */
const isRequest: Check = (value) => checkRequestShape(value).ok;

const isType =
  (type: WebviewToHost['type']): Check =>
  (value) =>
    value === type;

const MESSAGE_SHAPES: Readonly<Record<WebviewToHost['type'], Readonly<Record<string, Check>>>> = {
  ready: { type: isType('ready') },
  change: { type: isType('change'), seq: isSeq, request: isRequest },
  send: { type: isType('send'), request: isRequest },
  save: { type: isType('save'), name: isName, request: isRequest },
  copyCurl: { type: isType('copyCurl'), request: isRequest },
  copyCode: { type: isType('copyCode'), request: isRequest },
  switchAccount: { type: isType('switchAccount') },
};

/**
 * Whether a message from the webview is one of {@link WebviewToHost}, every field of the right type and size and no
 * key more. The values are not validated against the API's rules here; `lookupFromInput` and the runner do that.
 */
export function isWebviewToHost(value: unknown): value is WebviewToHost {
  if (!isPlainRecord(value)) return false;
  const type = value.type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(MESSAGE_SHAPES, type)) return false;
  return hasShape(value, MESSAGE_SHAPES[type as WebviewToHost['type']]);
}

/** Ends an exhaustive `switch`: the compiler proves it unreachable, and at run time it reports what slipped through. */
export function assertNever(value: never, what = 'value'): never {
  const type =
    typeof value === 'object' && value !== null && 'type' in value
      ? String((value as { type: unknown }).type).slice(0, 40)
      : typeof value;
  throw new Error(`unexpected ${what}: ${type}`);
}
