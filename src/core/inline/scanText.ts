/** Small character-level helpers shared by the scanners. Char codes, not regexes: they run in the scanners' loops. */

/** Character codes the scanners compare with. */
export const Ch = {
  Tab: 9,
  Newline: 10,
  Return: 13,
  Space: 32,
  Bang: 33,
  DoubleQuote: 34,
  Hash: 35,
  Dollar: 36,
  Percent: 37,
  Ampersand: 38,
  Quote: 39,
  OpenParen: 40,
  CloseParen: 41,
  Star: 42,
  Comma: 44,
  Dot: 46,
  Slash: 47,
  Colon: 58,
  Semicolon: 59,
  Less: 60,
  Equals: 61,
  Greater: 62,
  Question: 63,
  OpenBracket: 91,
  Backslash: 92,
  CloseBracket: 93,
  Underscore: 95,
  Backtick: 96,
  OpenBrace: 123,
  CloseBrace: 125,
} as const;

export function isSpace(c: number): boolean {
  return c === Ch.Space || c === Ch.Tab || c === Ch.Newline || c === Ch.Return;
}

export function isIdentifierChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === Ch.Underscore || c === Ch.Dollar;
}

export function isQuote(c: number): boolean {
  return c === Ch.Quote || c === Ch.DoubleQuote || c === Ch.Backtick;
}

/** A value we can check: letters, digits, `_` and `.` (`affiliation.user_id`). Templates and variables are not. */
const LITERAL_VALUE = /^[A-Za-z0-9_.]+$/;

export function isLiteralValue(value: string): boolean {
  return LITERAL_VALUE.test(value);
}

/**
 * Offset of the innermost bracket (`(`, `{` or `[`) left open before `at`, or -1. Counts brackets backwards without
 * reading strings: good enough for the few options keys a file holds, and bounded by `limit`.
 */
export function enclosingOpener(text: string, at: number, limit: number): number {
  let depth = 0;
  const stop = Math.max(0, limit);
  for (let j = at - 1; j >= stop; j--) {
    const c = text.charCodeAt(j);
    if (c === Ch.CloseParen || c === Ch.CloseBrace || c === Ch.CloseBracket) {
      depth++;
    } else if (c === Ch.OpenParen || c === Ch.OpenBrace || c === Ch.OpenBracket) {
      if (depth === 0) return j;
      depth--;
    }
  }
  return -1;
}

/** The dotted identifier chain ending just before `at` (whitespace skipped), e.g. `client.v2.user` before `(`. */
export function calleeBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (!isIdentifierChar(c) && c !== Ch.Dot) break;
    start--;
  }
  return text.slice(start, end);
}
