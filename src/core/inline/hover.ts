/**
 * What a hover in the user's own code shows: the field doc of the value, access segment or JSON key under the cursor
 * (the same docs as result hovers), and the sandbox lookup that shows that field.
 */
import { classifyObject } from '../fieldDocs/classifyObject';
import { docForFieldName, docForParameterValue, docForResponsePath, objectAtResponsePath } from '../fieldDocs/lookup';
import type { FieldDoc } from '../fieldDocs/types';
import type { Vocabulary } from '../catalog/vocabulary';
import type { InlineIndex } from './documentIndex';
import { isDocumentedParam, type AccessContext, type ParamContext } from './model';
import { allowedValues, otherVocabulary, valuesOf, vocabularyFor } from './paramValues';
import { camelToSnake } from './scanText';
import { lookupForDoc, lookupForParam, type SandboxLookupArgs } from './sandboxLookup';

/** A hover's content, in document offsets. */
export interface InlineHoverInfo {
  readonly start: number;
  readonly end: number;
  readonly doc: FieldDoc;
  /** The sandbox lookup that shows the field; undefined when the vocabulary in use cannot request it. */
  readonly lookup?: SandboxLookupArgs;
  /** A remark on the value itself, e.g. that it belongs to the other vocabulary. Plain text with backticks. */
  readonly note?: string;
}

const ENVELOPE_MEMBERS = new Set(['data', 'includes', 'errors']);

/** The hover for `offset`, or undefined where there is nothing documented. */
export function hoverAt(index: InlineIndex, offset: number, vocabulary: Vocabulary): InlineHoverInfo | undefined {
  if (index.isEmpty) return undefined;
  const context = index.contextAt(offset);
  if (context?.kind === 'param') return paramHover(context, offset, vocabulary);
  if (context?.kind === 'access') return accessHover(context, offset, vocabulary);
  return jsonHover(index, offset, vocabulary);
}

function paramHover(context: ParamContext, offset: number, vocabulary: Vocabulary): InlineHoverInfo | undefined {
  const span = context.values.find((v) => v.start <= offset && offset <= v.end && v.value !== '');
  const param = context.param;
  if (span === undefined || !isDocumentedParam(param)) return undefined;
  const value = context.camelValues === true && !span.value.includes('_') ? camelToSnake(span.value) : span.value;
  const doc = docForParameterValue(param, value)
    // A default tweet field renamed in 2.167 is documented under its own parameter only; the other still explains.
    ?? (param === 'tweet.fields' || param === 'post.fields'
      ? docForParameterValue(param === 'tweet.fields' ? 'post.fields' : 'tweet.fields', value)
      : undefined);
  if (doc === undefined) return undefined;
  const applies = vocabularyFor(param, vocabulary);
  const allowed = allowedValues(param, applies, context.endpoint) ?? valuesOf(param, applies);
  const note = allowed.includes(value) ? undefined : vocabularyNote(context, value, applies);
  const lookup = lookupForParam(param, value, vocabulary);
  return { start: span.start, end: span.end, doc, ...(lookup ? { lookup } : {}), ...(note ? { note } : {}) };
}

function vocabularyNote(context: ParamContext, value: string, applies: Vocabulary): string | undefined {
  const other = otherVocabulary(applies);
  if (!(allowedValues(context.param, other, context.endpoint) ?? []).includes(value)) return undefined;
  return `\`${value}\` is a spec ${other} value; \`${context.param}\` here takes spec ${applies} values.`;
}

function accessHover(context: AccessContext, offset: number, vocabulary: Vocabulary): InlineHoverInfo | undefined {
  const at = context.segments.findIndex((s) => s.start <= offset && offset < s.end);
  if (at === -1 || typeof context.segments[at].name !== 'string') return undefined;
  const names = context.segments.slice(0, at + 1).map((s) => s.name);
  let doc: FieldDoc | undefined;
  let object: 'user' | 'tweet' = context.root === 'tweet' ? 'tweet' : 'user';
  if (context.root === 'response') {
    doc = docForResponsePath(names);
    object = names[1] === 'users' ? 'user' : 'tweet';
  } else {
    const path = names.filter((n): n is string => typeof n === 'string').join('.');
    doc = docForFieldName(context.root, path);
    // `tweet.public_metrics.retweet_count` when the chain gave no tweet hint: the other object may know it.
    if (doc === undefined) {
      object = context.root === 'user' ? 'tweet' : 'user';
      doc = docForFieldName(object, path);
    }
  }
  if (doc === undefined) return undefined;
  const segment = context.segments[at];
  const lookup = lookupForDoc(doc, object, vocabulary);
  return { start: segment.start, end: segment.end, doc, ...(lookup ? { lookup } : {}) };
}

function jsonHover(index: InlineIndex, offset: number, vocabulary: Vocabulary): InlineHoverInfo | undefined {
  const location = index.jsonAt(offset);
  if (location === undefined || location.path.length === 0) return undefined;
  if (location.kind === 'value' && (location.valueType === 'object' || location.valueType === 'array')) return undefined;
  const top = location.path[0];
  if (typeof top !== 'string') return undefined;
  const context = { keysAt: location.keysAt };
  // An envelope member, or a bare X object (a fixture holding one user or post): told apart by its keys.
  if (!ENVELOPE_MEMBERS.has(top) && classifyObject(location.keysAt([]) ?? []) === undefined) return undefined;
  const doc = docForResponsePath(location.path, context);
  if (doc === undefined) return undefined;
  const object = objectAtResponsePath(location.path, context)?.object;
  const lookup = top === 'errors' || (object !== 'user' && object !== 'tweet')
    ? undefined
    : lookupForDoc(doc, object, vocabulary);
  return { start: location.start, end: location.end, doc, ...(lookup ? { lookup } : {}) };
}
