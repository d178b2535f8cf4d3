/**
 * Completion of enum values inside a parameter context: the values of the enum that applies (paramValues.ts) that the
 * context does not list yet, each with its field doc.
 */
import { docForParameterValue } from '../fieldDocs/lookup';
import type { FieldDoc } from '../fieldDocs/types';
import type { Vocabulary } from '../catalog/vocabulary';
import type { InlineIndex } from './documentIndex';
import { isDocumentedParam, type InlineParam, type ParamContext } from './model';
import { allowedValues, vocabularyFor } from './paramValues';
import { Ch, isQuote, isSpace } from './scanText';

/** One value to offer. */
export interface InlineCompletionItem {
  readonly value: string;
  /**
   * What replaces the range: the value, in quotes where the cursor is outside any string, with the separators the list
   * needs around it (`, 'value'` after an element, `value,` before a neighbour).
   */
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
  // The endpoint's enum when the code names one (and it takes the parameter), else every endpoint's values.
  const offered = allowedValues(context.param, applies, context.endpoint) ?? allowedValues(context.param, applies) ?? [];
  const items: InlineCompletionItem[] = [];
  for (const value of offered) {
    if (present.has(value)) continue;
    const doc = isDocumentedParam(context.param) ? docForParameterValue(context.param, value) : undefined;
    const insertText = range.quoted
      ? `${range.before}${context.quote}${value}${context.quote}${range.after}`
      : `${range.before}${value}${range.after}`;
    items.push({ value, insertText, ...(doc ? { doc } : {}) });
  }
  return { param: context.param, vocabulary: applies, replaceStart: range.start, replaceEnd: range.end, items };
}

/**
 * The range a value replaces and what goes around it so that the list stays well formed. The range holds only the
 * item being typed (the value characters around the cursor, or those before it when it stands at the start of a
 * neighbour): a neighbour is never overwritten, and a separator is added on the side where one is missing.
 */
interface ReplaceRange {
  readonly start: number;
  readonly end: number;
  /** Whether the value goes in as a new string element (the cursor is between array elements). */
  readonly quoted: boolean;
  /** Written before the value: `, ` after an element with no comma yet. */
  readonly before: string;
  /** Written after the value: the separator before a neighbour that follows directly. */
  readonly after: string;
}

function replaceRange(context: ParamContext, text: string, offset: number): ReplaceRange {
  if (context.syntax === 'array') {
    const element = context.values.find((v) => v.start <= offset && offset <= v.end);
    if (element !== undefined) {
      // Inside a string element: its content is the item, unless the cursor stands at the start of a written value.
      if (offset === element.start && element.end > element.start) {
        const q = text.charAt(element.start - 1);
        return { start: offset, end: offset, quoted: false, before: '', after: `${q}, ${q}` };
      }
      return { start: element.start, end: element.end, quoted: false, before: '', after: '' };
    }
    // Between elements: a bare word being typed is replaced by the quoted value.
    const [start, end] = wordAround(text, offset, context.start, context.end);
    let back = start;
    while (back > context.start && isSpace(text.charCodeAt(back - 1))) back--;
    const previous = back > context.start ? text.charCodeAt(back - 1) : Ch.OpenBracket;
    let ahead = end;
    while (ahead < context.end && isSpace(text.charCodeAt(ahead))) ahead++;
    const next = ahead < context.end ? text.charCodeAt(ahead) : Ch.CloseBracket;
    return {
      start, end, quoted: true,
      before: isQuote(previous) ? ', ' : '',
      after: isQuote(next) || isValueChar(next) ? ', ' : '',
    };
  }
  // A comma-joined list: the item around the cursor; spaces and separators are not part of it.
  const separator = separatorOf(context, text);
  let start = offset;
  while (start > context.start && isValueChar(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < context.end && isValueChar(text.charCodeAt(end))) end++;
  // At the start of a written value: that is a neighbour, the new value goes in front of it.
  if (start === offset && end > offset) return { start: offset, end: offset, quoted: false, before: '', after: separator };
  // After a value and a space with no comma (`a |`): the comma goes in first.
  let back = start;
  while (back > context.start && isSpace(text.charCodeAt(back - 1))) back--;
  const before = back > context.start && isValueChar(text.charCodeAt(back - 1)) ? ',' : '';
  let ahead = end;
  while (ahead < context.end && isSpace(text.charCodeAt(ahead))) ahead++;
  const after = ahead > end && ahead < context.end && isValueChar(text.charCodeAt(ahead)) ? ',' : '';
  return { start, end, quoted: false, before, after };
}

/** The separator the list is written with: `, ` when its first two items are, else `,`. */
function separatorOf(context: ParamContext, text: string): string {
  const [first, second] = context.values;
  if (first === undefined || second === undefined || context.syntax === 'query') return ',';
  const between = text.slice(first.end, second.start);
  return /^,[ \t]+$/.test(between) ? ', ' : ',';
}
