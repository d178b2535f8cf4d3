/**
 * The argument of `xapi.copyResponseType`: `{ lookup, language }` (the lookup as for `xapi.copyAsCode`, the language
 * `typescript` or `python`), or whatever `xapi.copyAsCurl` takes. Untrusted.
 */
import type { RequestArg } from '../request/commandArgs';
import { codeArgs } from './codeArgs';
import { TYPE_LANGUAGES, type TypeLanguage } from './responseTypes';

export interface ResponseTypeArgs {
  /** Undefined: ask with a quick pick. */
  readonly language?: TypeLanguage;
  readonly request: RequestArg;
}

export type ResponseTypeArgsResult = { readonly ok: true; readonly value: ResponseTypeArgs } | { readonly ok: false; readonly message: string };

export function responseTypeArgs(args: unknown): ResponseTypeArgsResult {
  const value = typeof args === 'object' && args !== null && !Array.isArray(args) ? (args as Record<string, unknown>) : undefined;
  const language = value && Object.prototype.hasOwnProperty.call(value, 'language') ? value.language : undefined;
  if (language !== undefined && !TYPE_LANGUAGES.some((entry) => entry.id === language)) {
    return { ok: false, message: `language must be one of ${TYPE_LANGUAGES.map((entry) => entry.id).join(', ')}` };
  }
  // The lookup is read as copyAsCode reads it; a `target` key has no meaning here, so it is not passed on.
  const parsed = codeArgs(value ? { ...value, target: undefined } : args);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { language: language as TypeLanguage | undefined, request: parsed.value.request } };
}
