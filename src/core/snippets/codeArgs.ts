/**
 * The argument of `xapi.copyAsCode` and `xapi.insertAsCode`: `{ target, lookup }` with `lookup` a lookup argument
 * object (`{ endpoint: 'userById', id: '2244994945', userFields: 'created_at' }`, the endpoint ids of
 * `x-api-explorer catalog --json`), or whatever `xapi.copyAsCurl` takes (`{ request }`, a tree element). Untrusted.
 */
import { lookupFromInput } from '../request/argumentInput';
import { requestInArgs, type RequestArg } from '../request/commandArgs';
import { isSnippetTargetId, SNIPPET_TARGET_IDS, type SnippetTargetId } from './targets';

export interface CodeArgs {
  /** Undefined: ask with a quick pick. */
  readonly target?: SnippetTargetId;
  readonly request: RequestArg;
}

export type CodeArgsResult = { readonly ok: true; readonly value: CodeArgs } | { readonly ok: false; readonly message: string };

export function codeArgs(args: unknown): CodeArgsResult {
  const value = typeof args === 'object' && args !== null && !Array.isArray(args) ? (args as Record<string, unknown>) : undefined;
  const target = value && Object.prototype.hasOwnProperty.call(value, 'target') ? value.target : undefined;
  if (target !== undefined && !isSnippetTargetId(target)) {
    return { ok: false, message: `target must be one of ${SNIPPET_TARGET_IDS.join(', ')}` };
  }
  const lookup = value && Object.prototype.hasOwnProperty.call(value, 'lookup') ? value.lookup : undefined;
  if (typeof lookup === 'object' && lookup !== null && Object.prototype.hasOwnProperty.call(lookup, 'endpoint')) {
    const parsed = lookupFromInput(lookup);
    return parsed.ok
      ? { ok: true, value: { target, request: { kind: 'request', request: parsed.value } } }
      : { ok: false, message: parsed.message };
  }
  return { ok: true, value: { target, request: requestInArgs(args) } };
}
