/**
 * Completion of enum values inside a parameter context: the values of the enum that applies (paramValues.ts) that the
 * context does not list yet, each with its field doc.
 */
import { docForParameterValue } from '../fieldDocs/lookup';
import type { FieldDoc } from '../fieldDocs/types';
import type { Vocabulary } from '../catalog/vocabulary';
import type { InlineIndex } from './documentIndex';
import type { InlineParam, ParamContext } from './model';
import { valuesOf, vocabularyFor } from './paramValues';
import { Ch, isSpace } from './scanText';

/** One value to offer. */
export interface InlineCompletionItem {
  readonly value: string;
  /** What replaces the range: the bare value, or the value in quotes where the cursor is outside any string. */
  readonly insertText: string;
  readonly doc?: FieldDoc;
}

/** The values to offer at an offset and the document range they replace. */
export interface InlineCompletion {
  readonly param: InlineParam;
  /** The vocabulary whose enum is offered. */
  readonly vocabulary: Vocabulary;
  readonly replaceStart: number;
  readonly replaceEnd: number;
  readonly items: readonly InlineCompletionItem[];
}

function isValueChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === Ch.Underscore || c === Ch.Dot;
}

/** The partly typed value around `offset`: the run of value characters, within [min, max]. */
function wordAround(text: string, offset: number, min: number, max: number): [number, number] {
  let start = offset;
  while (start > min && isValueChar(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < max && isValueChar(text.charCodeAt(end))) end++;
  return [start, end];
}

/** The completion at `offset`, or undefined outside parameter values. */
export function completionAt(index: InlineIndex, offset: number, vocabulary: Vocabulary): InlineCompletion | undefined {
  if (index.isEmpty) return undefined;
  const text = index.text;
  const context = index.contextAt(offset);
  if (context?.kind !== 'param' || context.syntax === 'expression') return undefined;
  if (offset < context.start || offset > context.end) return undefined;
  const range = replaceRange(context, text, offset);
  const present = new Set(context.values.filter((v) => v.end < range.start || v.start > range.end).map((v) => v.value));
  const applies = vocabularyFor(context.param, vocabulary);
  const items: InlineCompletionItem[] = [];
  for (const value of valuesOf(context.param, applies)) {
    if (present.has(value)) continue;
    const doc = docForParameterValue(context.param, value);
    const insertText = range.quoted ? `${range.prefix}${context.quote}${value}${context.quote}` : value;
    items.push({ value, insertText, ...(doc ? { doc } : {}) });
  }
  return { param: context.param, vocabulary: applies, replaceStart: range.start, replaceEnd: range.end, items };
}

interface ReplaceRange {
  readonly start: number;
  readonly end: number;
  /** Whether the value goes in as a new string element (the cursor is between elements). */
  readonly quoted: boolean;
  /** `, ` when the new element follows another one directly. */
  readonly prefix: string;
}

function replaceRange(context: ParamContext, text: string, offset: number): ReplaceRange {
  if (context.syntax === 'array') {
    const inString = context.values.find((v) => v.start <= offset && offset <= v.end);
    if (inString !== undefined) return { start: inString.start, end: inString.end, quoted: false, prefix: '' };
    // Between elements: a bare word being typed is replaced by the quoted value.
    const [start, end] = wordAround(text, offset, context.start, context.end);
    let before = start;
    while (before > context.start && isSpace(text.charCodeAt(before - 1))) before--;
    const previous = before > context.start ? text.charCodeAt(before - 1) : Ch.OpenBracket;
    return { start, end, quoted: true, prefix: previous === Ch.Quote || previous === Ch.DoubleQuote ? ', ' : '' };
  }
  // A comma-joined list: the item under the cursor, spaces around it kept.
  let start = offset;
  while (start > context.start && text.charCodeAt(start - 1) !== Ch.Comma && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < context.end && text.charCodeAt(end) !== Ch.Comma && !isSpace(text.charCodeAt(end))) end++;
  return { start, end, quoted: false, prefix: '' };
}
