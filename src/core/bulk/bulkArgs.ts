/**
 * The argument object of `xapi.lookupUsers` / `xapi.lookupUsersByUsernames` when it asks for a bulk lookup: more than
 * the 100 values one request takes, or a `confirm` key (automation that answers the cost question itself). Read by the
 * same policy as every command argument (argumentInput.ts): a plain object, only the keys it knows, lists as arrays or
 * comma-joined strings, no numbers for ids. The values themselves are checked one by one later (sources.ts), so an
 * invalid one is listed rather than refusing the whole argument.
 */
import { isPlainRecord } from '../request/argumentInput';
import type { BulkEndpointId } from './plan';

/** The most values one bulk argument may carry; a larger list belongs in a file (the bulk commands read files). */
export const MAX_BULK_ARG_VALUES = 100_000;

/** A bulk lookup asked for by a command's argument. */
export interface BulkArgs {
  /** As given: readBulkValues({ kind: 'list' }) checks each. */
  readonly values: readonly unknown[];
  readonly userFields?: readonly string[];
  readonly tweetFields?: readonly string[];
  readonly expansions?: readonly string[];
  /** False: send without the cost confirmation (automation); the daily budget still refuses. */
  readonly confirm: boolean;
}

export type BulkArgsResult =
  /** Not a bulk request: the single lookup's reader takes it. */
  | { readonly kind: 'single' }
  | { readonly kind: 'bulk'; readonly args: BulkArgs }
  | { readonly kind: 'invalid'; readonly message: string };

const FIELD_KEYS = ['userFields', 'tweetFields', 'expansions'] as const;

/** Whether `args` asks `endpoint` for a bulk lookup, and what it asks. */
export function bulkCommandArgs(args: unknown, endpoint: BulkEndpointId): BulkArgsResult {
  if (!isPlainRecord(args)) return { kind: 'single' };
  const listKey = endpoint === 'usersByIds' ? 'ids' : 'usernames';
  const hasConfirm = Object.prototype.hasOwnProperty.call(args, 'confirm');
  const list = listOf(args[listKey]);
  if (!hasConfirm && !(Array.isArray(list) && list.length > 100)) return { kind: 'single' };
  const allowed = new Set<string>([listKey, 'confirm', 'endpoint', ...FIELD_KEYS]);
  for (const key of Reflect.ownKeys(args)) {
    if (typeof key !== 'string' || !allowed.has(key)) {
      return { kind: 'invalid', message: `unknown key ${typeof key === 'string' ? JSON.stringify(key.slice(0, 40)) : 'a symbol key'}: a bulk lookup takes ${[...allowed].join(', ')}` };
    }
  }
  if (args.endpoint !== undefined && args.endpoint !== endpoint) return { kind: 'invalid', message: `this command looks up ${endpoint}, not ${String(args.endpoint).slice(0, 40)}` };
  if (hasConfirm && typeof args.confirm !== 'boolean') return { kind: 'invalid', message: 'confirm must be true or false' };
  if (!Array.isArray(list)) return { kind: 'invalid', message: `${listKey} must be a list of strings (or one comma-separated string)` };
  if (list.length > MAX_BULK_ARG_VALUES) return { kind: 'invalid', message: `${listKey} holds more than ${MAX_BULK_ARG_VALUES} values; put them in a file and run X API: Look Up Selection as Users (Bulk)` };
  const fields: { -readonly [K in (typeof FIELD_KEYS)[number]]?: string[] } = {};
  for (const key of FIELD_KEYS) {
    const value = args[key];
    if (value === undefined || value === null) continue;
    const names = listOf(value);
    if (!Array.isArray(names) || !names.every((name): name is string => typeof name === 'string')) return { kind: 'invalid', message: `${key} must be a list of strings` };
    fields[key] = names;
  }
  return { kind: 'bulk', args: { values: list, ...fields, confirm: args.confirm !== false } };
}

/** A list as given, or a comma-joined string split; anything else as it is. */
function listOf(value: unknown): unknown {
  if (typeof value === 'string') return value.split(',').map((v) => v.trim()).filter((v) => v !== '');
  return value;
}
