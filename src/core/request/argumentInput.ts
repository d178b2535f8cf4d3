/**
 * Reading a lookup from untrusted input: command arguments (keybindings, other extensions, hover links), the builder
 * webview's messages and the saved-lookups files. One shape check serves them all, with one policy:
 *
 * - a plain data object holding only the keys of LookupRequest. An unknown key is refused and named, never ignored:
 *   a typo such as `userfields` would otherwise vanish and the lookup go out without the fields asked for, and a
 *   `token` or `headers` key sent along has nowhere to go. (The store is the one reader that drops keys instead: it
 *   rebuilds each record from the known keys first, see sanitizeRequest, so a hand-edited file loses no lookup.)
 * - every key of the right type and size, read as an own property only (`__proto__` is refused like any stray key).
 *
 * Whether the values obey the API's rules (19 digits, 1 to 100 entries, a field of the vocabulary) is prepareLookup's
 * business; this only makes sure that what reaches it is a LookupRequest and nothing more.
 */
import { ENDPOINTS, isEndpointId, type EndpointId } from '../catalog/endpoints';
import type { LookupRequest } from './lookupRequest';

export type ParsedInput<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Longest id, username or cursor looked at; the builder's inputs stop well before this. */
export const MAX_VALUE_LENGTH = 1024;
/** Most entries in a list (ids, usernames, field values); the API takes 100, the rest earns a specific message. */
export const MAX_LIST_LENGTH = 1000;

type RequestKey = keyof LookupRequest;
type KeyKind = 'endpoint' | 'value' | 'list' | 'count';

/** The kind of every key of LookupRequest; `satisfies` makes a new key of LookupRequest a compile error here. */
const REQUEST_KEYS = {
  endpoint: 'endpoint',
  id: 'value',
  ids: 'list',
  username: 'value',
  usernames: 'list',
  userFields: 'list',
  tweetFields: 'list',
  expansions: 'list',
  count: 'count',
  cursor: 'value',
} as const satisfies Record<RequestKey, KeyKind>;

const KEY_NAMES = Object.keys(REQUEST_KEYS) as RequestKey[];
const LIST_KEYS = KEY_NAMES.filter((key) => REQUEST_KEYS[key] === 'list');

const NUMBER_HINT = ' (ids are strings, to keep 64-bit values exact)';

/** A plain data object: not an array, not a class instance, not something with a doctored prototype. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isRequestKey(key: string): key is RequestKey {
  return Object.prototype.hasOwnProperty.call(REQUEST_KEYS, key);
}

/** A key as it may be quoted in a message: short and printable. */
function quoteKey(key: string | symbol): string {
  if (typeof key === 'symbol') return 'a symbol key';
  const clean = key.replace(/[\x00-\x1f\x7f]/g, '?');
  return JSON.stringify(clean.length > 40 ? clean.slice(0, 37) + '...' : clean);
}

function unknownKey(key: string | symbol): { readonly ok: false; readonly message: string } {
  return { ok: false, message: `unknown key ${quoteKey(key)}: a lookup takes ${KEY_NAMES.join(', ')}` };
}

function checkValue(key: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return `${key} must be a string${typeof value === 'number' ? NUMBER_HINT : ''}`;
  if (value.length > MAX_VALUE_LENGTH) return `${key} is longer than ${MAX_VALUE_LENGTH} characters`;
  return undefined;
}

function checkList(key: string, value: unknown): string | undefined {
  if (!Array.isArray(value)) return `${key} must be a list of strings`;
  if (value.length > MAX_LIST_LENGTH) return `${key} holds more than ${MAX_LIST_LENGTH} values`;
  // Dense arrays only: a hole reads as undefined and would slip past a per-element check done with `every`.
  if (Object.keys(value).length !== value.length) return `${key} must be a list without holes`;
  const at = value.findIndex((entry) => typeof entry !== 'string');
  if (at >= 0) {
    const bad: unknown = value[at];
    return `${key} must hold strings only; got ${typeof bad === 'number' ? `the number ${String(bad)}${NUMBER_HINT}` : bad === null ? 'null' : Array.isArray(bad) ? 'a list' : typeof bad}`;
  }
  const long = value.find((entry: string) => entry.length > MAX_VALUE_LENGTH);
  if (long !== undefined) return `${key} holds a value longer than ${MAX_VALUE_LENGTH} characters`;
  return undefined;
}

function checkKey(key: RequestKey, value: unknown): string | undefined {
  switch (REQUEST_KEYS[key]) {
    case 'endpoint':
      return isEndpointId(value) ? undefined : `unknown endpoint ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value}`;
    case 'value':
      return checkValue(key, value);
    case 'list':
      return checkList(key, value);
    case 'count':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'count must be a number from 1 to 50';
  }
}

/**
 * Whether `value` is a LookupRequest: a plain object with an `endpoint`, no key that LookupRequest lacks, and every
 * key of the right type and size. Whether the keys suit the endpoint is not judged here (the builder's form sends
 * them all while it is being filled in); lookupFromInput adds that.
 */
export function checkRequestShape(value: unknown): ParsedInput<LookupRequest> {
  if (!isPlainRecord(value)) return { ok: false, message: 'the request must be an object with an "endpoint"' };
  // Own keys, symbols included: a `__proto__` key arrives as an own property after JSON parsing.
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string' || !isRequestKey(key)) return unknownKey(key);
  }
  if (!Object.prototype.hasOwnProperty.call(value, 'endpoint')) return { ok: false, message: 'the request has no "endpoint"' };
  for (const key of KEY_NAMES) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const problem = checkKey(key, value[key]);
    if (problem !== undefined) return { ok: false, message: problem };
  }
  return { ok: true, value: value as unknown as LookupRequest };
}

/** The keys an endpoint takes besides `endpoint`; another endpoint's key is most likely a mix-up. */
function strayKeys(request: LookupRequest): string[] {
  const spec = ENDPOINTS[request.endpoint];
  const allowed = new Set<string>(['endpoint']);
  if (spec.pathParam) allowed.add(spec.pathParam.name);
  if (spec.listParam) allowed.add(spec.listParam.name);
  if (spec.takesFields) ['userFields', 'tweetFields', 'expansions'].forEach((k) => allowed.add(k));
  if (spec.paged) ['count', 'cursor'].forEach((k) => allowed.add(k));
  return Object.keys(request).filter((key) => !allowed.has(key));
}

/**
 * The lookup described by `args` for `endpoint` (or by `args.endpoint` when `endpoint` is undefined), under the
 * policy above, with two allowances for what people type in keybindings.json: a comma-joined string for a list, and
 * null for a key left out. A key of another endpoint (a username given to the by-id lookup) is refused, naming it.
 * Numbers where ids belong are refused, never converted: a snowflake above 2^53 has already lost digits by then.
 */
export function lookupFromInput(args: unknown, endpoint?: EndpointId): ParsedInput<LookupRequest> {
  if (args !== undefined && !isPlainRecord(args)) {
    return { ok: false, message: 'the argument must be an object such as {"id": "2244994945"}' };
  }
  const given: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(args ?? {})) {
    // Refused before anything is copied, so a `__proto__` key is never assigned.
    if (typeof key !== 'string' || !isRequestKey(key)) return unknownKey(key);
    const value = (args as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    given[key] = typeof value === 'string' && (LIST_KEYS as string[]).includes(key)
      ? value.split(',').map((v) => v.trim()).filter((v) => v !== '')
      : value;
  }
  // The command's own endpoint wins over one named in its argument, as it always has.
  if (endpoint !== undefined) given.endpoint = endpoint;
  if (!isEndpointId(given.endpoint)) return { ok: false, message: `unknown endpoint ${JSON.stringify(given.endpoint)}` };
  const shaped = checkRequestShape(given);
  if (!shaped.ok) return shaped;
  const stray = strayKeys(shaped.value);
  if (stray.length > 0) return { ok: false, message: `${ENDPOINTS[shaped.value.endpoint].path} does not take ${stray.join(', ')}` };
  return shaped;
}

/** Only the keys of LookupRequest, in their canonical order; everything else is left behind. */
export function pickRequestKeys(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of KEY_NAMES) if (Object.prototype.hasOwnProperty.call(raw, key)) out[key] = raw[key];
  return out;
}
