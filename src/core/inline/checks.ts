/**
 * Checks on the parameter contexts of a document, each with the quick fix it suggests:
 *   unknownValue     `user.fields=create_at` -> did you mean created_at? (fix: replace)
 *   otherVocabulary  `pinned_post_id` while requests use 2.166 -> use pinned_tweet_id (fix: replace, when renamed)
 *   missingExpansion tweet.fields on a user lookup without a tweet expansion (fix: add expansions=pinned_tweet_id)
 * Values built at run time are never checked, and a request whose expansions are not literal is assumed to have one.
 */
import { closestValue } from '../request/suggest';
import type { Vocabulary } from '../catalog/vocabulary';
import type { InlineIndex } from './documentIndex';
import type { InlineParam, ParamContext, ValueSpan } from './model';
import { counterpartOf, otherVocabulary, TWEET_EXPANSIONS, tweetExpansionsOf, valuesOf, vocabularyFor } from './paramValues';
import { WorkBudget } from './workBudget';

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

/** Bounds on the checks of one document version. */
export interface CheckLimits {
  /** At most this many problems are reported: the first ones in document order. */
  readonly maxProblems?: number;
  /** Value checks stop when it runs out; the problems found so far are reported. */
  readonly budget?: WorkBudget;
}

/** The answer of {@link checkDocument}. */
export interface InlineCheckResult {
  /** In document order, at most `maxProblems` of them. */
  readonly problems: readonly InlineProblem[];
  /** False when the list was cut: more problems than `maxProblems`, the budget ran out, or the index is partial. */
  readonly complete: boolean;
}

/** Every problem of the document's parameter contexts, in document order. */
export function checkInline(index: InlineIndex, vocabulary: Vocabulary): InlineProblem[] {
  return [...checkDocument(index, vocabulary).problems];
}

/**
 * The problems of the document's parameter contexts, the first `maxProblems` in document order. A value is judged once
 * per parameter, however often the file repeats it (a suggestion costs an edit distance to every allowed value).
 */
export function checkDocument(index: InlineIndex, vocabulary: Vocabulary, limits: CheckLimits = {}): InlineCheckResult {
  if (index.isEmpty) return { problems: [], complete: index.complete };
  const maxProblems = limits.maxProblems ?? Number.POSITIVE_INFINITY;
  const budget = limits.budget ?? WorkBudget.UNLIMITED;
  const problems: InlineProblem[] = [];
  const groups = new Map<number, ParamContext[]>();
  const verdicts = new Map<string, Verdict | null>();
  let valueProblems = 0;
  let cut = !index.complete;
  const params = index.params();
  for (const context of params) {
    const group = groups.get(context.group);
    if (group === undefined) groups.set(context.group, [context]);
    else group.push(context);
  }
  // Contexts and their values come in document order: once maxProblems value problems are found, any later one is
  // past them. Expansion checks are cheap and need whole groups, so they run over every group afterwards.
  values: for (const context of params) {
    for (const span of context.values) {
      if (budget.expired()) {
        cut = true;
        break values;
      }
      const key = `${context.param} ${span.value}`;
      let verdict = verdicts.get(key);
      if (verdict === undefined) {
        verdict = judgeValue(context.param, span.value, vocabulary) ?? null;
        verdicts.set(key, verdict);
      }
      if (verdict === null) continue;
      if (valueProblems === maxProblems) {
        // One more than can be shown: the list is cut.
        cut = true;
        break values;
      }
      problems.push(problemOf(verdict, span));
      valueProblems++;
    }
  }
  for (const group of groups.values()) {
    const problem = checkExpansion(group, vocabulary);
    if (problem !== undefined) problems.push(problem);
  }
  problems.sort((a, b) => a.start - b.start);
  if (problems.length > maxProblems) {
    problems.length = maxProblems;
    cut = true;
  }
  return { problems, complete: !cut };
}

/** What is wrong with a value of a parameter, wherever it is written. */
interface Verdict {
  readonly code: InlineProblemCode;
  readonly message: string;
  /** The value the quick fix writes instead. */
  readonly replacement?: string;
}

function problemOf(verdict: Verdict, span: ValueSpan): InlineProblem {
  const problem: InlineProblem = { code: verdict.code, start: span.start, end: span.end, message: verdict.message };
  return verdict.replacement === undefined ? problem : { ...problem, fix: replaceWith(span, verdict.replacement) };
}

function replaceWith(span: ValueSpan, value: string): InlineFix {
  return { title: `Replace with ${value}`, edits: [{ start: span.start, end: span.end, newText: value }] };
}

function judgeValue(param: InlineParam, value: string, setting: Vocabulary): Verdict | undefined {
  if (value === '') return undefined;
  const applies = vocabularyFor(param, setting);
  const allowed = valuesOf(param, applies);
  if (allowed.includes(value)) return undefined;
  const other = otherVocabulary(applies);
  if (valuesOf(param, other).includes(value)) {
    const counterpart = counterpartOf(param, value, applies);
    const fixed = param === 'tweet.fields' || param === 'post.fields';
    const message = fixed
      ? `${value} is a spec ${other} ${param === 'tweet.fields' ? 'post.fields' : 'tweet.fields'} value; ${param} takes ` +
        (counterpart !== undefined ? `${counterpart}` : `spec ${applies} values only`)
      : `${value} is spec ${other}; with xapi.vocabulary ${applies} ` +
        (counterpart !== undefined ? `use ${counterpart}` : `${param} has no such value`);
    return { code: 'otherVocabulary', message, ...(counterpart !== undefined ? { replacement: counterpart } : {}) };
  }
  const suggestion = closestValue(value, allowed);
  const message = suggestion !== undefined
    ? `Unknown ${param} value ${value}: did you mean ${suggestion}?`
    : `Unknown ${param} value ${value}: not one of the ${allowed.length} values of spec ${applies}`;
  return { code: 'unknownValue', message, ...(suggestion !== undefined ? { replacement: suggestion } : {}) };
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
