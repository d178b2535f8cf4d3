/**
 * Query-string contexts: `?user.fields=created_at,description&expansions=pinned_tweet_id` in a URL, wherever the URL
 * is written (a string in code, a `.http` request line, a shell command in Markdown). REST Client's multi-line form,
 * where `?` and `&` parts start continuation lines below the request line, counts as one query in `.http` files.
 */
import type { InlineParam, ParamContext, ValueSpan } from './model';
import { endpointOfUrl, returnsUsers } from './endpoints';
import { Ch, isLiteralValue, isQuote, isSpace } from './scanText';
import type { WorkBudget } from './workBudget';

/**
 * A parameter after `?` or `&`; or first in a query fragment without `?`: at the start of a string
 * (`'user.fields=created_at&expansions=pinned_tweet_id'`) or, in `.http`-like text, of a line.
 */
const QUERY_PARAM = /(?:[?&'"`]|^[ \t]*)([a-z][a-z_]*\.fields|expansions)=/gm;

/** How far back a `&` parameter looks for the `?` of its query. */
const MAX_QUERY_LOOKBACK = 4096;

/** An X API URL: its path starts with `/2/` (after a host, `${base}` or `{{host}}`), or its host is x.com / twitter.com. */
const X_URL = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/?#\s]*|\$\{[^}]*\}|\{\{[^}]*\}\})?\/2\/|(?:^|[/.@])(?:x|twitter)\.com\b/i;

/** Characters that end a query value: the next parameter, a fragment, whitespace, a quote, closing punctuation. */
function endsValue(c: number): boolean {
  return c === Ch.Ampersand || c === Ch.Hash || isSpace(c) || c === Ch.Quote || c === Ch.DoubleQuote || c === Ch.Backtick
    || c === Ch.Less || c === Ch.Greater || c === Ch.CloseParen || c === Ch.CloseBracket;
}

/** Characters that cannot be part of a URL as written in code or prose: where a backward walk stops. */
function endsUrl(c: number): boolean {
  return isSpace(c) || c === Ch.Quote || c === Ch.DoubleQuote || c === Ch.Backtick || c === Ch.OpenParen
    || c === Ch.Less || c === Ch.Greater || c === Ch.OpenBracket;
}

/** Whether only spaces or tabs stand between the start of the line holding `at` and `at`. */
function startsLine(text: string, at: number, from: number): boolean {
  for (let j = at - 1; j >= from; j--) {
    const c = text.charCodeAt(j);
    if (c === Ch.Newline) return true;
    if (c !== Ch.Space && c !== Ch.Tab) return false;
  }
  return true;
}

/** The answer of {@link queryStart} for the previous parameter of a scan. */
interface PreviousParam {
  readonly at: number;
  readonly queryStart: number;
}

/**
 * The `?` opening the query that the parameter at `at` (its `?` or `&`) belongs to, or -1. In `.http` files a `&`
 * continuation line belongs to the query above it. A walk that reaches the previous parameter goes on as that
 * parameter's walk did, so it takes that answer: each stretch of text is walked once, not once per parameter after
 * it (a REST Client request with a thousand `&` lines walked 4 KB for each).
 */
function queryStart(text: string, at: number, from: number, multiLine: boolean, previous: PreviousParam | undefined): number {
  if (text.charCodeAt(at) === Ch.Question) return at;
  const stop = Math.max(from, at - MAX_QUERY_LOOKBACK);
  for (let j = at - 1; j >= stop; j--) {
    if (j === previous?.at) return previous.queryStart >= stop ? previous.queryStart : -1;
    const c = text.charCodeAt(j);
    if (c === Ch.Question) return j;
    if (!endsUrl(c)) continue;
    if (!(multiLine && isSpace(c))) return -1;
    // Only a line that starts with `?` or `&` continues the query of the line above.
    let k = j;
    while (k >= stop && text.charCodeAt(k) !== Ch.Newline) {
      if (!isSpace(text.charCodeAt(k))) return -1;
      k--;
    }
    if (k < stop) return -1;
    const first = text.charCodeAt(firstNonSpace(text, k + 1));
    if (first !== Ch.Ampersand && first !== Ch.Question) return -1;
    // Step over the previous line's trailing whitespace; the loop's j-- lands on its last character.
    k--;
    while (k >= stop && (text.charCodeAt(k) === Ch.Space || text.charCodeAt(k) === Ch.Tab || text.charCodeAt(k) === Ch.Return)) k--;
    j = k + 1;
  }
  return -1;
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === Ch.Space || text.charCodeAt(i) === Ch.Tab)) i++;
  return i;
}

/** The URL (without query) the `?` at `qm` ends; on a REST Client continuation line, the request line's URL. */
function urlBefore(text: string, qm: number, from: number, multiLine: boolean): string {
  // Both walks are bounded like queryStart's: a URL (or a run of continuation lines) longer than that is not one.
  const stop = Math.max(from, qm - MAX_QUERY_LOOKBACK);
  if (multiLine && startsLine(text, qm, from)) {
    let lineEnd = text.lastIndexOf('\n', qm);
    while (lineEnd > stop) {
      const lineStart = Math.max(from, text.lastIndexOf('\n', lineEnd - 1) + 1);
      const line = withoutHttpVersion(text.slice(lineStart, lineEnd).trim());
      if (line !== '' && !line.startsWith('&') && !line.startsWith('?')) return line.slice(line.lastIndexOf(' ') + 1);
      lineEnd = lineStart - 1;
    }
    return '';
  }
  let start = qm;
  while (start > stop && !endsUrl(text.charCodeAt(start - 1))) start--;
  return text.slice(start, qm);
}

const HTTP_VERSION = /\sHTTP\/[\d.]+$/;

/**
 * A request line without its trailing ` HTTP/1.1`. One whitespace character in the pattern, then trimEnd: `\s+HTTP`
 * retried the whole run of spaces from each of its characters, quadratic in a long run.
 */
function withoutHttpVersion(line: string): string {
  const version = HTTP_VERSION.exec(line);
  return version === null ? line : line.slice(0, version.index).trimEnd();
}

/** The values of a comma-joined list in [start, end); `%2C` separates too. Non-literal items are left out. */
export function splitValues(text: string, start: number, end: number): { values: ValueSpan[]; dynamic: boolean } {
  const values: ValueSpan[] = [];
  let dynamic = false;
  let itemStart = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : Ch.Comma;
    let sepLength = 0;
    if (c === Ch.Comma) sepLength = 1;
    else if (c === Ch.Percent && (text.startsWith('%2C', i) || text.startsWith('%2c', i)) && i + 3 <= end) sepLength = 3;
    if (sepLength === 0) continue;
    let a = itemStart;
    let b = i;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a < b) {
      const value = text.slice(a, b);
      if (isLiteralValue(value)) values.push({ value, start: a, end: b });
      else dynamic = true;
    }
    itemStart = i + sepLength;
    i += sepLength - 1;
  }
  return { values, dynamic };
}

/** A query context before the anchor rules decided on it. */
export interface QueryCandidate {
  readonly context: ParamContext;
  readonly xUrl: boolean;
}

/**
 * Appends the query contexts in text[from, to) to `out`. `multiLine` enables REST Client's continuation lines.
 * `expansions=` is kept only in X URLs or next to a `.fields` parameter (see triggers.ts). Stops early, keeping what it
 * found, when `budget` runs out.
 */
export function scanQueries(
  text: string, from: number, to: number, multiLine: boolean, out: ParamContext[], budget: WorkBudget,
): void {
  const candidates: QueryCandidate[] = [];
  const groupsWithFields = new Set<number>();
  let previous: PreviousParam | undefined;
  // The parameters of one query share its URL: read once per query.
  let urlOf = { qm: -1, url: '', endpoint: undefined as string | undefined };
  // Fragment lines of a `.http`-like block (`expansions=...` on one line, `tweet.fields=...` on the next) are one query.
  let lineRun = { group: -1, next: -1 };
  QUERY_PARAM.lastIndex = from;
  for (let m = QUERY_PARAM.exec(text); m !== null && m.index < to && !budget.expired(); m = QUERY_PARAM.exec(text)) {
    const param = m[1] as InlineParam;
    const keyEnd = m.index + m[0].length - 1;
    const keyStart = keyEnd - param.length;
    const lead = text.charCodeAt(m.index);
    const lineStart = lead !== Ch.Question && lead !== Ch.Ampersand && !isQuote(lead);
    // A line-start fragment only in `.http`-like text; in code, `x.fields=` at a line start is an assignment.
    if (lineStart && !multiLine) continue;
    const start = keyEnd + 1;
    let end = start;
    while (end < to && !endsValue(text.charCodeAt(end))) end++;
    QUERY_PARAM.lastIndex = end;
    const { values, dynamic } = splitValues(text, start, end);
    let group: number;
    let url = '';
    let endpoint: string | undefined;
    if (lineStart || isQuote(lead)) {
      // The start of a fragment: a string, or a run of lines, holding parameters without a URL.
      group = lineStart && lineRun.next === lineStartOf(text, m.index, from) ? lineRun.group : keyStart;
      if (lineStart) lineRun = { group, next: lineEndOf(text, end, to) + 1 };
      previous = { at: m.index, queryStart: -1 };
    } else {
      const qm = queryStart(text, m.index, from, multiLine, previous);
      previous = { at: m.index, queryStart: qm };
      if (qm !== -1 && qm !== urlOf.qm) {
        const before = urlBefore(text, qm, from, multiLine);
        urlOf = { qm, url: before, endpoint: endpointOfUrl(before) };
      }
      if (qm !== -1) {
        url = urlOf.url;
        endpoint = urlOf.endpoint;
        group = qm;
      } else {
        // `&expansions=...` in a fragment: the group of the fragment it continues.
        group = fragmentGroup(text, m.index, from) ?? m.index;
      }
    }
    if (param !== 'expansions') groupsWithFields.add(group);
    candidates.push({
      xUrl: X_URL.test(url),
      context: {
        kind: 'param', param, syntax: 'query', keyStart, keyEnd, start, end, valueEnd: end, values, dynamic, group,
        userLookup: returnsUsers(endpoint), keyQuote: '', assign: '=', quote: '', ...(endpoint !== undefined ? { endpoint } : {}),
      },
    });
  }
  for (const { context, xUrl } of candidates) {
    if (context.param !== 'expansions' || xUrl || groupsWithFields.has(context.group)) out.push(context);
  }
}

function lineStartOf(text: string, at: number, from: number): number {
  return Math.max(from, text.lastIndexOf('\n', at) + 1);
}

function lineEndOf(text: string, at: number, to: number): number {
  const eol = text.indexOf('\n', at);
  return eol === -1 || eol > to ? to : eol;
}

/**
 * For a `&` parameter outside any URL: the key offset of the first parameter of the fragment it belongs to
 * (`'usernames=X&user.fields=a&expansions=b'`), found by walking back to the string's opening quote.
 */
function fragmentGroup(text: string, at: number, from: number): number | undefined {
  const stop = Math.max(from, at - MAX_QUERY_LOOKBACK);
  let j = at - 1;
  while (j >= stop && !endsUrl(text.charCodeAt(j))) j--;
  if (j < stop || !isQuote(text.charCodeAt(j))) return undefined;
  return j + 1;
}
