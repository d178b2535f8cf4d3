/**
 * Options contexts: the request options of the client libraries, in JavaScript/TypeScript and Python.
 *   twitter-api-v2      client.v2.user(id, { 'user.fields': ['created_at'], expansions: 'pinned_tweet_id' })
 *   @xdevplatform/xdk   client.users.getById(id, { userFields: ['created_at'], tweetFields: [...] })
 *   tweepy              client.get_user(id=id, user_fields=['created_at'], expansions=['pinned_tweet_id'])
 *   requests / fetch    params={'user.fields': 'created_at,description'}
 * Values are array literals of strings or one comma-joined string. See triggers.ts for when a key counts.
 */
import { endpointOfCallee, returnsUsers } from './endpoints';
import type { InlineParam, ParamContext, ValueSpan } from './model';
import { isKnownParam } from './paramValues';
import { heldEndpoint } from './scanHeld';
import { splitValues } from './scanQuery';
import { Ch, calleeBefore, camelToSnake, isIdentifierChar, isLiteralValue, isQuote, isSpace, OpenBrackets } from './scanText';
import { DISTINCTIVE_VALUES, hasLibraryAnchor } from './triggers';
import type { WorkBudget } from './workBudget';

/**
 * A key, optionally quoted (the quote must match), then `:` or `=` (not `==` or `=>`): `'media.fields'`, xdk's
 * `mediaFields` (and its lowercase `mediafields`), tweepy's `media_fields`, `expansions`.
 */
const OPTION_KEY = /(['"]?)([a-z][a-z_]*\.fields|[a-z][A-Za-z]*Fields|[a-z][a-z_]*_fields|[a-z]+fields|expansions)\1[ \t]*(:|=(?![=>]))[ \t]*/y;
/**
 * The literal every key ends with: found first with a plain search, then OPTION_KEY is tried where the key starts.
 * A pattern that starts with a letter class is tried at every letter of the file, four times slower on code.
 */
const KEY_END = /[Ff]ields\b|\bexpansions\b/g;

/** The next key match at or after `at`: `m.index` where the key (with its quote) starts. */
function nextKey(text: string, at: number, to: number): RegExpExecArray | null {
  KEY_END.lastIndex = at;
  for (let e = KEY_END.exec(text); e !== null && e.index < to; e = KEY_END.exec(text)) {
    let start = e.index;
    while (start > at) {
      const c = text.charCodeAt(start - 1);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === Ch.Underscore || c === Ch.Dot)) break;
      start--;
    }
    // The word must start the key: `\b` before it, as the old whole-file pattern had.
    if (start > 0 && isIdentifierChar(text.charCodeAt(start - 1))) continue;
    const quoted = start > at && (text.charCodeAt(start - 1) === Ch.Quote || text.charCodeAt(start - 1) === Ch.DoubleQuote);
    for (const from of quoted ? [start - 1, start] : [start]) {
      OPTION_KEY.lastIndex = from;
      const m = OPTION_KEY.exec(text);
      if (m !== null) return m;
    }
    KEY_END.lastIndex = e.index + e[0].length;
  }
  return null;
}

/** `mediaFields`, `media_fields`, `mediafields` -> `media.fields`, when some endpoint has that parameter. */
function paramOfKey(key: string): InlineParam | undefined {
  if (key === 'expansions') return 'expansions';
  let object: string;
  if (key.endsWith('.fields')) object = key.slice(0, -'.fields'.length);
  else if (key.endsWith('_fields')) object = key.slice(0, -'_fields'.length);
  else if (key.endsWith('Fields')) object = camelToSnake(key.slice(0, -'Fields'.length));
  else object = key.slice(0, -'fields'.length);
  const param = `${object}.fields` as const;
  return isKnownParam(param) ? param : undefined;
}

/** How far back the enclosing object or call of a key is looked for. */
const MAX_GROUP_LOOKBACK = 8192;
/** An array literal longer than this is not a field list; it ends there for our purposes. */
const MAX_ARRAY_CHARS = 8192;

interface Parsed {
  readonly syntax: ParamContext['syntax'];
  readonly start: number;
  readonly end: number;
  readonly valueEnd: number;
  readonly values: ValueSpan[];
  readonly dynamic: boolean;
  readonly quote: string;
}

/** Reads a string literal whose opening quote is at `i`. Unterminated strings end at the line's end. */
function readString(text: string, i: number, to: number): { contentEnd: number; next: number } {
  const q = text.charCodeAt(i);
  let j = i + 1;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c === q) return { contentEnd: j, next: j + 1 };
    if (c === Ch.Newline && q !== Ch.Backtick) break;
    j += c === Ch.Backslash ? 2 : 1;
  }
  return { contentEnd: Math.min(j, to), next: Math.min(j, to) };
}

/** Skips a bracketed container opening at `i` (nested brackets counted, strings stepped over). */
function skipContainer(text: string, i: number, to: number): number {
  let depth = 0;
  let j = i;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c === Ch.OpenBracket || c === Ch.OpenParen || c === Ch.OpenBrace) depth++;
    else if (c === Ch.CloseBracket || c === Ch.CloseParen || c === Ch.CloseBrace) {
      if (--depth === 0) return j + 1;
    } else if (isQuote(c)) {
      j = readString(text, j, to).next;
      continue;
    }
    j++;
  }
  return to;
}

function parseArray(text: string, open: number, to: number, python: boolean): Parsed {
  const limit = Math.min(to, open + MAX_ARRAY_CHARS);
  const values: ValueSpan[] = [];
  let dynamic = false;
  let quote = '';
  let i = open + 1;
  let close = -1;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === Ch.Comma) {
      i++;
    } else if (c === Ch.CloseBracket) {
      close = i;
      break;
    } else if (isQuote(c)) {
      const { contentEnd, next } = readString(text, i, limit);
      const value = text.slice(i + 1, contentEnd);
      if (value === '' || isLiteralValue(value)) values.push({ value, start: i + 1, end: contentEnd });
      else dynamic = true;
      if (quote === '' && c !== Ch.Backtick) quote = text.charAt(i);
      i = next;
    } else if ((python && c === Ch.Hash) || (c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Slash)) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 || eol > limit ? limit : eol;
    } else if (c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Star) {
      const endComment = text.indexOf('*/', i + 2);
      i = endComment === -1 || endComment > limit ? limit : endComment + 2;
    } else if (c === Ch.CloseParen || c === Ch.CloseBrace || c === Ch.Semicolon) {
      break; // an unterminated array while typing: it ends where its enclosing construct does
    } else if (c === Ch.OpenBracket || c === Ch.OpenParen || c === Ch.OpenBrace) {
      dynamic = true;
      i = skipContainer(text, i, limit);
    } else {
      // A spread, a variable, a call: not a literal value.
      dynamic = true;
      while (i < limit) {
        const d = text.charCodeAt(i);
        if (d === Ch.Comma || d === Ch.CloseBracket || d === Ch.CloseParen || d === Ch.CloseBrace || d === Ch.Semicolon
          || d === Ch.Newline || isQuote(d) || d === Ch.OpenBracket || d === Ch.OpenParen || d === Ch.OpenBrace) break;
        i++;
      }
    }
  }
  const end = close === -1 ? Math.min(i, limit) : close;
  return { syntax: 'array', start: open + 1, end, valueEnd: close === -1 ? end : close + 1, values, dynamic, quote: quote || "'" };
}

function parseValue(text: string, at: number, to: number, python: boolean): Parsed | undefined {
  const c = text.charCodeAt(at);
  if (c === Ch.OpenBracket) return parseArray(text, at, to, python);
  if (isQuote(c)) {
    const { contentEnd, next } = readString(text, at, to);
    // `tweet_fields = "tweet.fields=lang&expansions=author_id"` holds a query fragment, which scanQuery reads.
    if (text.slice(at + 1, contentEnd).includes('=')) return undefined;
    const { values, dynamic } = splitValues(text, at + 1, contentEnd);
    return { syntax: 'string', start: at + 1, end: contentEnd, valueEnd: next, values, dynamic, quote: text.charAt(at) };
  }
  if (isIdentifierChar(c)) {
    // A variable or call: recorded so that `expansions: EXPANSIONS` counts as present, never checked or completed.
    let end = at;
    while (end < to && (isIdentifierChar(text.charCodeAt(end)) || text.charCodeAt(end) === Ch.Dot)) end++;
    return { syntax: 'expression', start: at, end, valueEnd: end, values: [], dynamic: true, quote: "'" };
  }
  return undefined;
}

interface Candidate {
  readonly context: ParamContext;
  readonly dotted: boolean;
}

/** What the enclosing object or call says about a group of keys. */
interface GroupInfo {
  anchored: boolean;
  readonly endpoint: string | undefined;
}

/** Options objects per scan whose variable is followed to its call: each costs a search of up to 16 KB. */
const MAX_HELD_LOOKUPS = 64;

function groupInfo(text: string, opener: number, from: number, to: number, brackets: OpenBrackets, held: { left: number }): GroupInfo {
  if (opener === -1) return { anchored: false, endpoint: undefined };
  // An options object is the argument of a call: the call's name tells the endpoint.
  const call = text.charCodeAt(opener) === Ch.OpenParen
    ? opener
    : brackets.enclosing(opener, Math.max(from, opener - MAX_GROUP_LOOKBACK));
  const inCall = call !== -1 && text.charCodeAt(call) === Ch.OpenParen;
  let endpoint = inCall ? endpointOfCallee(calleeBefore(text, call)) : undefined;
  // `const params = {...}` and then `client.users.findUserByUsername(name, params)`: the call that gets the variable.
  if (!inCall && text.charCodeAt(opener) === Ch.OpenBrace && held.left > 0) {
    held.left--;
    endpoint = heldEndpoint(text, opener, from, to);
  }
  return { anchored: endpoint !== undefined, endpoint };
}

/**
 * Appends the options contexts in text[from, to) to `out`. `python` switches comment syntax inside arrays; the key
 * forms are the same in both languages (object keys, dict keys, keyword arguments, assignments). Stops early, keeping
 * what it found, when `budget` runs out.
 */
export function scanOptions(text: string, from: number, to: number, python: boolean, out: ParamContext[], budget: WorkBudget): void {
  const candidates: Candidate[] = [];
  const groups = new Map<number, GroupInfo>();
  const brackets = new OpenBrackets(text, from);
  const held = { left: MAX_HELD_LOOKUPS };
  let resume = from;
  for (let m = nextKey(text, from, to); m !== null && m.index < to && !budget.expired(); m = nextKey(text, resume, to)) {
    resume = m.index + m[0].length;
    const keyQuote = m[1];
    const key = m[2];
    const param = paramOfKey(key);
    if (param === undefined) continue;
    const dotted = key.includes('.');
    // `user.fields` unquoted is a property access (or a query parameter, which scanQuery reads), not a key.
    if (dotted && keyQuote === '') continue;
    // `&expansions=pinned_tweet_id` inside a URL is a query parameter.
    const before = text.charCodeAt(m.index - 1);
    if (before === Ch.Ampersand || before === Ch.Question) continue;
    const valueAt = m.index + m[0].length;
    const parsed = parseValue(text, valueAt, to, python);
    if (parsed === undefined) continue;
    const keyStart = m.index + keyQuote.length;
    const opener = brackets.innermost(m.index, Math.max(from, m.index - MAX_GROUP_LOOKBACK));
    const group = opener === -1 ? m.index : opener;
    let info = groups.get(group);
    if (info === undefined) {
      info = groupInfo(text, opener, from, to, brackets, held);
      groups.set(group, info);
    }
    if (dotted || parsed.values.some((v) => DISTINCTIVE_VALUES.has(v.value))) info.anchored = true;
    candidates.push({
      dotted,
      context: {
        kind: 'param', param, syntax: parsed.syntax, keyStart, keyEnd: keyStart + key.length,
        start: parsed.start, end: parsed.end, valueEnd: parsed.valueEnd, values: parsed.values, dynamic: parsed.dynamic,
        group, userLookup: returnsUsers(info.endpoint), keyQuote, assign: m[3] === ':' ? ':' : '=', quote: parsed.quote,
        ...(info.endpoint !== undefined ? { endpoint: info.endpoint } : {}),
        ...(!dotted && !key.includes('_') && key !== 'expansions' ? { camelValues: true } : {}),
      },
    });
    resume = Math.max(valueAt, parsed.end);
  }
  let documentAnchored: boolean | undefined;
  for (const { context, dotted } of candidates) {
    if (!dotted && !groups.get(context.group)!.anchored) {
      // A quoted `'expansions'` is a dict/JSON key, not a library's spelling: the file's import does not vouch for it.
      if (context.keyQuote !== '') continue;
      documentAnchored ??= hasLibraryAnchor(text);
      if (!documentAnchored) continue;
    }
    out.push(context);
  }
}
