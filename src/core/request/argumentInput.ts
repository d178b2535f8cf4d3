/**
 * Reading a lookup from untrusted input: command arguments from keybindings or other extensions, webview messages,
 * imported files. Unknown keys are ignored (room for later versions); known keys must have the right types and fit
 * the endpoint. The values themselves are then checked by prepareLookup.
 */
import { ENDPOINTS, isEndpointId, type EndpointId } from '../catalog/endpoints';
import type { LookupRequest } from './lookupRequest';

export type ParsedInput<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const MAX_LIST = 1000;

function stringList(name: string, value: unknown): ParsedInput<readonly string[] | undefined> {
  if (value === undefined || value === null) return { ok: true, value: undefined };
  // A comma-joined string is what people type in keybindings.json; accept it as the list it means.
  if (typeof value === 'string') return { ok: true, value: value.split(',').map((v) => v.trim()).filter((v) => v !== '') };
  if (!Array.isArray(value) || value.length > MAX_LIST) return { ok: false, message: `${name} must be a list of strings` };
  if (!value.every((v) => typeof v === 'string')) {
    const bad = value.find((v) => typeof v !== 'string');
    return { ok: false, message: `${name} must hold strings only; got ${typeof bad === 'number' ? `the number ${String(bad)} (ids are strings, to keep 64-bit values exact)` : typeof bad}` };
  }
  return { ok: true, value: value as string[] };
}

/**
 * The lookup described by `args` for `endpoint` (or by `args.endpoint` when `endpoint` is undefined). Numbers where
 * ids belong are refused, never converted: a snowflake above 2^53 has already lost digits by then.
 */
export function lookupFromInput(args: unknown, endpoint?: EndpointId): ParsedInput<LookupRequest> {
  if (args !== undefined && (typeof args !== 'object' || args === null || Array.isArray(args))) {
    return { ok: false, message: 'the argument must be an object such as {"id": "2244994945"}' };
  }
  const record = (args ?? {}) as Record<string, unknown>;
  const chosen = endpoint ?? record.endpoint;
  if (!isEndpointId(chosen)) return { ok: false, message: `unknown endpoint ${JSON.stringify(chosen)}` };
  const spec = ENDPOINTS[chosen];
  const out: { -readonly [K in keyof LookupRequest]: LookupRequest[K] } = { endpoint: chosen };

  for (const key of ['id', 'username', 'cursor'] as const) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      return { ok: false, message: `${key} must be a string${typeof value === 'number' ? ' (ids are strings, to keep 64-bit values exact)' : ''}` };
    }
    out[key] = value;
  }
  for (const key of ['ids', 'usernames', 'userFields', 'tweetFields', 'expansions'] as const) {
    const parsed = stringList(key, record[key]);
    if (!parsed.ok) return parsed;
    if (parsed.value !== undefined) out[key] = parsed.value;
  }
  if (record.count !== undefined && record.count !== null) {
    if (typeof record.count !== 'number') return { ok: false, message: 'count must be a number from 1 to 50' };
    out.count = record.count;
  }
  // A key of another endpoint is most likely a mix-up (a username given to the by-id lookup): say so.
  const allowed = new Set<string>(['endpoint']);
  if (spec.pathParam) allowed.add(spec.pathParam.name);
  if (spec.listParam) allowed.add(spec.listParam.name);
  if (spec.takesFields) ['userFields', 'tweetFields', 'expansions'].forEach((k) => allowed.add(k));
  if (spec.paged) ['count', 'cursor'].forEach((k) => allowed.add(k));
  const stray = Object.keys(out).filter((key) => !allowed.has(key));
  if (stray.length > 0) return { ok: false, message: `${spec.path} does not take ${stray.join(', ')}` };
  return { ok: true, value: out };
}
