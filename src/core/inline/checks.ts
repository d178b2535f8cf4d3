/**
 * Checks on the parameter contexts of a document, each with the quick fix it suggests:
 *   unknownValue     `user.fields=create_at` -> did you mean created_at? (fix: replace); on a known endpoint also a
 *                    real value that endpoint does not take (`author_id` as an expansion of a user lookup)
 *   otherVocabulary  `pinned_post_id` while requests use 2.166 -> use pinned_tweet_id (fix: replace, when renamed);
 *                    only information when the value is today's (2.166) and the setting looks ahead to 2.167
 *   missingExpansion tweet.fields on a user lookup without a tweet expansion (fix: add expansions=pinned_tweet_id)
 * Values are judged against the enum of the endpoint the code calls when it says which (a library method, a URL);
 * otherwise only against every endpoint's values for the parameter, and expansions are not asked for. Values built at
 * run time are never checked, and a request whose expansions are not literal is assumed to have one.
 */
import { closestValue } from '../request/suggest';
import type { Vocabulary } from '../catalog/vocabulary';
import type { InlineIndex } from './documentIndex';
import type { ParamContext, ValueSpan } from './model';
import { allowedValues, counterpartOf, otherVocabulary, TWEET_EXPANSIONS, tweetExpansionsOf, vocabularyFor } from './paramValues';
import { camelToSnake } from './scanText';
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

/** How loud a problem is: a warning breaks the request; information is about a value the next spec renames. */
export type InlineSeverity = 'warning' | 'information';

export interface InlineProblem {
  readonly code: InlineProblemCode;
  readonly severity: InlineSeverity;
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
      const key = `${context.endpoint ?? ''} ${context.param} ${span.value} ${context.camelValues === true}`;
      let verdict = verdicts.get(key);
      if (verdict === undefined) {
        verdict = judgeValue(context, span.value, vocabulary) ?? null;
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
  readonly severity: InlineSeverity;
  readonly message: string;
  /** The value the quick fix writes instead. */
  readonly replacement?: string;
}

function problemOf(verdict: Verdict, span: ValueSpan): InlineProblem {
  const problem: InlineProblem = { code: verdict.code, severity: verdict.severity, start: span.start, end: span.end, message: verdict.message };
  return verdict.replacement === undefined ? problem : { ...problem, fix: replaceWith(span, verdict.replacement) };
}

function replaceWith(span: ValueSpan, value: string): InlineFix {
  return { title: `Replace with ${value}`, edits: [{ start: span.start, end: span.end, newText: value }] };
}

function judgeValue(context: ParamContext, written: string, setting: Vocabulary): Verdict | undefined {
  if (written === '') return undefined;
  const param = context.param;
  // xdk sends `publicMetrics` as public_metrics (a name with `_` as it is).
  const value = context.camelValues === true && !written.includes('_') ? camelToSnake(written) : written;
  const applies = vocabularyFor(param, setting);
  const endpoint = context.endpoint;
  const allowed = allowedValues(param, applies, endpoint);
  // Nothing known to check against: a parameter no endpoint of this vocabulary has, or one the endpoint leaves open.
  if (allowed === undefined || allowed.includes(value)) return undefined;
  const other = otherVocabulary(applies);
  const otherAllowed = allowedValues(param, other, endpoint) ?? [];
  if (otherAllowed.includes(value)) {
    const counterpart = counterpartOf(param, value, applies, allowed);
    const fixed = param === 'tweet.fields' || param === 'post.fields';
    const message = fixed
      ? `${value} is a spec ${other} ${param === 'tweet.fields' ? 'post.fields' : 'tweet.fields'} value; ${param} takes ` +
        (counterpart !== undefined ? `${counterpart}` : `spec ${applies} values only`)
      : `${value} is spec ${other}; with xapi.vocabulary ${applies} ` +
        (counterpart !== undefined ? `use ${counterpart}` : `${param} has no such value${endpointNote(context.endpoint)}`);
    // Today's API (2.166) takes it: with the setting looking ahead to 2.167 that is news, not an error.
    const severity: InlineSeverity = other === '2.166' && !fixed ? 'information' : 'warning';
    return { code: 'otherVocabulary', severity, message, ...(counterpart !== undefined ? { replacement: counterpart } : {}) };
  }
  const where = endpoint !== undefined && allowedValues(param, applies, endpoint) !== undefined ? endpoint : undefined;
  const suggestion = closestValue(value, allowed);
  if (where !== undefined && (allowedValues(param, applies) ?? []).includes(value)) {
    // A real value, for another endpoint: `author_id` expands tweets, not the users a user lookup returns.
    return {
      code: 'unknownValue', severity: 'warning',
      message: `${param} value ${value} is not taken by ${where}; it takes ${listOf(allowed)}`,
    };
  }
  const message = suggestion !== undefined
    ? `Unknown ${param} value ${value}: did you mean ${suggestion}?`
    : `Unknown ${param} value ${value}: not one of the ${allowed.length} values of spec ${applies}${where !== undefined ? ` for ${where}` : ''}`;
  return { code: 'unknownValue', severity: 'warning', message, ...(suggestion !== undefined ? { replacement: suggestion } : {}) };
}

function endpointNote(endpoint: string | undefined): string {
  return endpoint === undefined ? '' : ` for ${endpoint}`;
}

function listOf(values: readonly string[]): string {
  return values.length <= 6 ? values.join(', ') : `${values.slice(0, 6).join(', ')} and ${values.length - 6} more`;
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
    severity: 'warning',
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
