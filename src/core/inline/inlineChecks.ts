/**
 * Checks on the parameter contexts of a document, each with the quick fix it suggests:
 *   unknownValue     `user.fields=create_at` -> did you mean created_at? (fix: replace)
 *   otherVocabulary  `pinned_post_id` while requests use 2.166 -> use pinned_tweet_id (fix: replace, when renamed)
 *   missingExpansion tweet.fields on a user lookup without a tweet expansion (fix: add expansions=pinned_tweet_id)
 * Values built at run time are never checked, and a request whose expansions are not literal is assumed to have one.
 */
import { closestValue } from '../suggest';
import type { Vocabulary } from '../vocabulary';
import type { InlineIndex } from './inlineIndex';
import type { ParamContext, ValueSpan } from './inlineModel';
import { counterpartOf, otherVocabulary, TWEET_EXPANSIONS, tweetExpansionsOf, valuesOf, vocabularyFor } from './paramValues';

export type InlineProblemCode = 'unknownValue' | 'otherVocabulary' | 'missingExpansion';

/** One text replacement, in document offsets. */
export interface InlineEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface InlineFix {
  readonly title: string;
  readonly edits: readonly InlineEdit[];
}

export interface InlineProblem {
  readonly code: InlineProblemCode;
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly fix?: InlineFix;
}

/** Every problem of the document's parameter contexts, in document order. */
export function checkInline(index: InlineIndex, vocabulary: Vocabulary): InlineProblem[] {
  if (index.isEmpty) return [];
  const problems: InlineProblem[] = [];
  const groups = new Map<number, ParamContext[]>();
  for (const context of index.params()) {
    for (const span of context.values) {
      const problem = checkValue(context, span, vocabulary);
      if (problem !== undefined) problems.push(problem);
    }
    const group = groups.get(context.group);
    if (group === undefined) groups.set(context.group, [context]);
    else group.push(context);
  }
  for (const group of groups.values()) {
    const problem = checkExpansion(group, vocabulary);
    if (problem !== undefined) problems.push(problem);
  }
  return problems.sort((a, b) => a.start - b.start);
}

function replaceWith(span: ValueSpan, value: string): InlineFix {
  return { title: `Replace with ${value}`, edits: [{ start: span.start, end: span.end, newText: value }] };
}

function checkValue(context: ParamContext, span: ValueSpan, setting: Vocabulary): InlineProblem | undefined {
  const { param } = context;
  const value = span.value;
  if (value === '') return undefined;
  const applies = vocabularyFor(param, setting);
  const allowed = valuesOf(param, applies);
  if (allowed.includes(value)) return undefined;
  const other = otherVocabulary(applies);
  const base = { start: span.start, end: span.end };
  if (valuesOf(param, other).includes(value)) {
    const counterpart = counterpartOf(param, value, applies);
    const fixed = param === 'tweet.fields' || param === 'post.fields';
    const message = fixed
      ? `${value} is a spec ${other} ${param === 'tweet.fields' ? 'post.fields' : 'tweet.fields'} value; ${param} takes ` +
        (counterpart !== undefined ? `${counterpart}` : `spec ${applies} values only`)
      : `${value} is spec ${other}; with xapi.vocabulary ${applies} ` +
        (counterpart !== undefined ? `use ${counterpart}` : `${param} has no such value`);
    return { ...base, code: 'otherVocabulary', message, ...(counterpart !== undefined ? { fix: replaceWith(span, counterpart) } : {}) };
  }
  const suggestion = closestValue(value, allowed);
  const message = suggestion !== undefined
    ? `Unknown ${param} value ${value}: did you mean ${suggestion}?`
    : `Unknown ${param} value ${value}: not one of the ${allowed.length} values of spec ${applies}`;
  return { ...base, code: 'unknownValue', message, ...(suggestion !== undefined ? { fix: replaceWith(span, suggestion) } : {}) };
}

/** tweet.fields / post.fields on a user lookup take effect only on tweets an expansion brings into `includes`. */
function checkExpansion(group: readonly ParamContext[], setting: Vocabulary): InlineProblem | undefined {
  const tweets = group.find((c) => c.userLookup && (c.param === 'tweet.fields' || c.param === 'post.fields')
    && (c.values.some((v) => v.value !== '') || c.dynamic));
  if (tweets === undefined) return undefined;
  const expansions = group.find((c) => c.param === 'expansions');
  if (expansions !== undefined && (expansions.dynamic || expansions.values.some((v) => TWEET_EXPANSIONS.has(v.value)))) {
    return undefined;
  }
  const [pinned, recent] = tweetExpansionsOf(setting);
  const fix = addExpansion(tweets, expansions, pinned);
  return {
    code: 'missingExpansion',
    start: tweets.keyStart,
    end: tweets.keyEnd,
    message: `${tweets.param} has no effect on a user lookup without expansions=${pinned} or ${recent}: ` +
      'tweet fields apply to the tweets an expansion adds to includes',
    ...(fix !== undefined ? { fix } : {}),
  };
}

function addExpansion(tweets: ParamContext, expansions: ParamContext | undefined, value: string): InlineFix | undefined {
  const title = `Add expansions=${value}`;
  if (expansions !== undefined) {
    const last = expansions.values[expansions.values.length - 1];
    if (expansions.syntax === 'array') {
      // An empty array has no quote style of its own: take the tweet fields' one.
      const q = last === undefined && (tweets.quote === "'" || tweets.quote === '"') ? tweets.quote : expansions.quote;
      // After the last element's closing quote, or first thing inside the brackets.
      const edit = last === undefined
        ? { start: expansions.start, end: expansions.start, newText: `${q}${value}${q}` }
        : { start: last.end + 1, end: last.end + 1, newText: `, ${q}${value}${q}` };
      return { title, edits: [edit] };
    }
    const at = last === undefined ? expansions.start : last.end;
    return { title, edits: [{ start: at, end: at, newText: last === undefined ? value : `,${value}` }] };
  }
  if (tweets.syntax === 'query') {
    return { title, edits: [{ start: tweets.end, end: tweets.end, newText: `&expansions=${value}` }] };
  }
  // A sibling key written like the tweet fields key: `'expansions': [...]`, `expansions: [...]`, `expansions=[...]`.
  const k = tweets.keyQuote;
  const q = tweets.quote === '`' ? "'" : tweets.quote;
  const literal = tweets.syntax === 'string' ? `${q}${value}${q}` : `[${q}${value}${q}]`;
  const newText = `, ${k}expansions${k}${tweets.assign === ':' ? ': ' : '='}${literal}`;
  return { title, edits: [{ start: tweets.valueEnd, end: tweets.valueEnd, newText }] };
}
