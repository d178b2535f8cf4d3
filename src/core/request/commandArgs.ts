/**
 * What the extension's commands accept as their argument, read in one place. Arguments are untrusted: keybindings,
 * other extensions, `command:` links in hovers and tree menus pass anything, so every reader here takes `unknown`
 * and returns either what it understood or nothing (or, where the user asked for something specific, why not).
 * The host only adds what needs `vscode` (a Uri from the editor title menu, the last lookup run).
 *
 * Requests inside an argument go through lookupFromInput, so they obey the one policy of argumentInput.ts (unknown
 * keys refused). The wrappers around them are read by key and may carry more (a tree element passed by a menu does).
 */
import { lookupFromInput, type ParsedInput } from './argumentInput';
import type { EndpointId } from '../catalog/endpoints';
import type { LookupRequest } from './lookupRequest';
import { NAME_MAX_LENGTH } from '../savedLookups/name';

/** A request carried by an argument: none at all, one that reads, or one that does not (with the reason). */
export type RequestArg =
  | { readonly kind: 'none' }
  | { readonly kind: 'request'; readonly request: LookupRequest }
  | { readonly kind: 'invalid'; readonly message: string };

/** A lookup to load, with the saved lookup's name when it came from one. */
export interface NamedRequest {
  readonly request: LookupRequest;
  readonly name?: string;
}

/** Which saved lookup or history entry an argument names. */
export type StoreEntryArg = { readonly kind: 'saved'; readonly id: string } | { readonly kind: 'history'; readonly id: string };

function record(args: unknown): Record<string, unknown> | undefined {
  return typeof args === 'object' && args !== null && !Array.isArray(args) ? (args as Record<string, unknown>) : undefined;
}

function ownString(value: Record<string, unknown> | undefined, key: string): string | undefined {
  if (!value || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
  const found = value[key];
  return typeof found === 'string' ? found : undefined;
}

function ownRecord(value: Record<string, unknown> | undefined, key: string): Record<string, unknown> | undefined {
  return value && Object.prototype.hasOwnProperty.call(value, key) ? record(value[key]) : undefined;
}

/**
 * The argument of the seven lookup commands (`xapi.lookupUser`, ...): the request itself for that command's endpoint,
 * e.g. `{ "id": "2244994945", "userFields": "created_at,public_metrics" }`.
 */
export function lookupCommandArgs(args: unknown, endpoint: EndpointId): ParsedInput<LookupRequest> {
  return lookupFromInput(args, endpoint);
}

/**
 * The request of `xapi.rerunLastLookup`, `xapi.saveLookup` and `xapi.copyAsCurl`: `{ request }`, or a saved-lookup
 * or history tree element (`{ lookup: { request } }`, `{ entry: { request } }`). `none` leaves the choice to the host
 * (the result document in view, or the last lookup run).
 */
export function requestInArgs(args: unknown): RequestArg {
  const value = record(args);
  const candidate = value?.request ?? ownRecord(value, 'lookup')?.request ?? ownRecord(value, 'entry')?.request;
  if (candidate === undefined) return { kind: 'none' };
  const parsed = lookupFromInput(candidate);
  return parsed.ok ? { kind: 'request', request: parsed.value } : { kind: 'invalid', message: parsed.message };
}

/** The `name` of `xapi.saveLookup`'s argument; undefined asks the user. */
export function nameInArgs(args: unknown): string | undefined {
  return ownString(record(args), 'name');
}

/**
 * The lookup `xapi.openRequestBuilder` loads: `{ request, name? }`, or a bare request such as
 * `{ "endpoint": "userById", "id": "2244994945" }`. Anything else, a tree node from a menu included, means "no
 * lookup": the builder opens as it was. A name longer than the store allows is cut to fit.
 */
export function builderArgs(args: unknown): NamedRequest | undefined {
  const value = record(args);
  if (!value) return undefined;
  const wrapped = typeof value.request === 'object' && value.request !== null;
  const parsed = lookupFromInput(wrapped ? value.request : args);
  if (!parsed.ok) return undefined;
  const name = wrapped ? ownString(value, 'name') : undefined;
  return name === undefined || name.trim() === '' ? { request: parsed.value } : { request: parsed.value, name: name.slice(0, NAME_MAX_LENGTH) };
}

/**
 * `xapi.lookUpFromResult`, the "look up" links in result hovers: `{ id }` looks the user up by id, `{ username }` by
 * username. Only those keys: a link cannot smuggle fields or another endpoint in.
 */
export function resultLinkArgs(args: unknown): ParsedInput<LookupRequest> {
  const value = record(args) ?? {};
  const username = ownString(value, 'username');
  return username !== undefined
    ? lookupFromInput({ username }, 'userByUsername')
    : lookupFromInput({ id: Object.prototype.hasOwnProperty.call(value, 'id') ? value.id : undefined }, 'userById');
}

/**
 * The saved lookup or history entry a saved-lookup command names: `{ id }` or a tree element
 * `{ kind: 'lookup', lookup: { id } }` for a saved lookup, `{ historyId }` or `{ kind: 'history', entry: { id } }` for
 * a history entry. Undefined when it names none (the palette: the command asks).
 */
export function storeEntryInArgs(args: unknown): StoreEntryArg | undefined {
  const value = record(args);
  if (!value) return undefined;
  const savedId = ownString(value, 'id') ?? (value.kind === 'lookup' ? ownString(ownRecord(value, 'lookup'), 'id') : undefined);
  if (savedId !== undefined) return { kind: 'saved', id: savedId };
  const historyId = ownString(value, 'historyId') ?? (value.kind === 'history' ? ownString(ownRecord(value, 'entry'), 'id') : undefined);
  return historyId !== undefined ? { kind: 'history', id: historyId } : undefined;
}

/** Options of the saved-lookup commands for automation: `name` renames without asking, `confirm: false` deletes so. */
export interface StoreCommandOptions {
  readonly name?: string;
  readonly confirm: boolean;
}

export function storeCommandOptions(args: unknown): StoreCommandOptions {
  const value = record(args);
  const name = ownString(value, 'name');
  const confirm = !(value && value.confirm === false);
  return name === undefined ? { confirm } : { name, confirm };
}

/**
 * The file of `xapi.exportSavedLookups` / `xapi.importSavedLookups` as `{ uri }` text: a `scheme://` URI or an
 * absolute path, told apart so the host can parse the one and take the other as a file path. (A Uri object, which
 * only the host can recognise, is the host's to read.)
 */
export function fileInArgs(args: unknown): { readonly kind: 'uri' | 'path'; readonly text: string } | undefined {
  const text = ownString(record(args), 'uri');
  if (text === undefined || text === '') return undefined;
  return { kind: /^[a-z][a-z0-9+.-]+:\/\//i.test(text) ? 'uri' : 'path', text };
}
