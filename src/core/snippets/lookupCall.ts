/**
 * What every snippet generator starts from: the lookup validated for the vocabulary the target speaks and the auth it
 * sends, with the facts the generators share (the endpoint, the URL, what translation left out).
 */
import { ENDPOINTS, AUTH_LABELS, type AuthKind, type EndpointSpec } from '../catalog/endpoints';
import type { Vocabulary } from '../catalog/vocabulary';
import { DEFAULT_BASE_URL } from '../request/baseUrl';
import { formatIssues, prepareLookup, type LookupRequest, type PreparedRequest } from '../request/lookupRequest';
import { snippetTarget, type SnippetTarget, type SnippetTargetId } from './targets';
import { translateLookup } from './vocabularyMapping';

/** What the user tried: the lookup, the auth it was sent with, the vocabulary setting, the base URL. */
export interface SnippetInput {
  readonly request: LookupRequest;
  readonly auth: AuthKind;
  readonly vocabulary: Vocabulary;
  /** Normalised (core/request/baseUrl); the default when absent. */
  readonly baseUrl?: string;
}

export interface LookupCall {
  readonly target: SnippetTarget;
  readonly spec: EndpointSpec;
  /** The lookup in the vocabulary the snippet sends. */
  readonly request: LookupRequest;
  readonly prepared: PreparedRequest;
  readonly auth: AuthKind;
  readonly vocabulary: Vocabulary;
  readonly baseUrl: string;
  readonly isDefaultBase: boolean;
  /** The vocabulary the user asked in, when the target speaks the other one. */
  readonly translatedFrom?: Vocabulary;
  /** `param=value` the target's vocabulary has no name for, left out of the snippet. */
  readonly dropped: readonly string[];
}

export type CallResult = { readonly ok: true; readonly call: LookupCall } | { readonly ok: false; readonly message: string };

/** Validates the lookup for `target`; refuses an auth kind the target cannot send, or a lookup that is not valid. */
export function lookupCall(targetId: SnippetTargetId, input: SnippetInput): CallResult {
  const target = snippetTarget(targetId);
  const spec = ENDPOINTS[input.request.endpoint];
  if (!spec) return { ok: false, message: `unknown endpoint "${String(input.request.endpoint)}"` };
  if (!target.auth.includes(input.auth)) {
    return { ok: false, message: `${target.label} cannot send an ${AUTH_LABELS[input.auth].full}; it sends ${target.auth.map((kind) => AUTH_LABELS[kind].kind).join(' or ')}` };
  }
  const vocabulary = target.vocabulary ?? input.vocabulary;
  const translated = translateLookup(input.request, input.vocabulary, vocabulary);
  const prepared = prepareLookup(translated.request, { vocabulary, auth: input.auth });
  if (!prepared.ok) return { ok: false, message: formatIssues(prepared.issues) };
  const baseUrl = input.baseUrl ?? DEFAULT_BASE_URL;
  return {
    ok: true,
    call: {
      target, spec, request: translated.request, prepared: prepared.request, auth: input.auth, vocabulary, baseUrl,
      isDefaultBase: baseUrl === DEFAULT_BASE_URL, dropped: translated.dropped,
      translatedFrom: vocabulary === input.vocabulary ? undefined : input.vocabulary,
    },
  };
}

/** The comment lines every snippet starts with: what it does, what it left out, what to install. */
export function preamble(call: LookupCall, comment: '#' | '//'): string[] {
  const lines = [`${comment} ${call.spec.summary}: GET ${call.prepared.path} (${AUTH_LABELS[call.auth].full}).`];
  if (call.target.install) lines.push(`${comment} Needs: ${call.target.install}`);
  if (call.translatedFrom) {
    lines.push(`${comment} ${call.target.label} speaks spec ${call.vocabulary}'s field names, not ${call.translatedFrom}'s: the lookup is written in them.`);
  }
  if (call.dropped.length > 0) {
    lines.push(`${comment} Left out (spec ${call.vocabulary} has no such value): ${call.dropped.join(', ')}`);
  }
  return lines;
}

/** The value of the path parameter or the list, whichever the endpoint takes. */
export function lookupValue(call: LookupCall): string | readonly string[] | undefined {
  const { spec, request } = call;
  if (spec.pathParam) return spec.pathParam.name === 'id' ? request.id : request.username;
  if (spec.listParam) return spec.listParam.name === 'ids' ? request.ids : request.usernames;
  return undefined;
}

/** The query without the list parameter (which the libraries take as an argument). */
export function fieldQuery(call: LookupCall): readonly (readonly [string, string])[] {
  return call.prepared.query.filter(([name]) => name !== 'ids' && name !== 'usernames');
}

/** A string literal in JavaScript, TypeScript or Python: JSON's quoting is valid in all three. */
export function literal(value: string): string {
  return JSON.stringify(value);
}
