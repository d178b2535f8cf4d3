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
 * The brackets (`(`, `{`, `[`) left open before an offset, from one forward pass over the text. Strings are not read
 * and kinds not matched (a closer closes the innermost opener, a closer with none open is ignored): good enough for
 * the few options keys a file holds. Offsets asked about must not decrease, so a scan pays once per character; walking
 * back from every key instead cost up to the lookback per key (8 KB each in a long options object).
 */
export class OpenBrackets {
  private readonly open: number[] = [];
  private scanned: number;

  constructor(private readonly text: string, from: number) {
    this.scanned = from;
  }

  /** Offset of the innermost bracket left open before `at`, or -1 when there is none at or after `limit`. */
  innermost(at: number, limit: number): number {
    this.advance(at);
    const top = this.open.length > 0 ? this.open[this.open.length - 1] : -1;
    return top >= limit ? top : -1;
  }

  /**
   * Offset of the bracket enclosing `opener`, the answer {@link innermost} just gave, or -1 when there is none at or
   * after `limit`.
   */
  enclosing(opener: number, limit: number): number {
    const below = this.open.length > 1 && this.open[this.open.length - 1] === opener ? this.open[this.open.length - 2] : -1;
    return below >= limit ? below : -1;
  }

  private advance(to: number): void {
    const { text, open } = this;
    for (let j = this.scanned; j < to; j++) {
      const c = text.charCodeAt(j);
      if (c === Ch.OpenParen || c === Ch.OpenBrace || c === Ch.OpenBracket) open.push(j);
      else if (c === Ch.CloseParen || c === Ch.CloseBrace || c === Ch.CloseBracket) open.pop();
    }
    if (to > this.scanned) this.scanned = to;
  }
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

/** `publicMetrics` -> `public_metrics`, as xdk turns its camelCase field names into the API's before sending. */
export function camelToSnake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
