/**
 * Where the comments of a JavaScript/TypeScript or Python text are, so that nothing in them is documented or checked:
 * a JSDoc example or a commented-out call is not a request. One forward pass that steps over strings (template
 * literals with their `${...}` parts, Python's triple quotes); regex literals are not told from division, and a quote
 * inside one can at worst hide the comments of the rest of its line (strings other than templates end at the line).
 */
import { Ch } from './scanText';

/** Comment ranges [start, end), sorted, non-overlapping. */
export class CommentRanges {
  private constructor(private readonly ranges: readonly number[]) {}

  static readonly NONE = new CommentRanges([]);

  static of(text: string, from: number, to: number, python: boolean): CommentRanges {
    const ranges: number[] = [];
    // Brace depth of each open `${` of the template literals we are in.
    const templates: number[] = [];
    let depth = 0;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (!python && c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Slash) {
        const end = lineEnd(text, i, to);
        ranges.push(i, end);
        i = end;
      } else if (!python && c === Ch.Slash && text.charCodeAt(i + 1) === Ch.Star) {
        const close = text.indexOf('*/', i + 2);
        const end = close === -1 || close + 2 > to ? to : close + 2;
        ranges.push(i, end);
        i = end;
      } else if (python && c === Ch.Hash) {
        const end = lineEnd(text, i, to);
        ranges.push(i, end);
        i = end;
      } else if (c === Ch.Quote || c === Ch.DoubleQuote) {
        i = python && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c
          ? skipTriple(text, i, to)
          : skipLine(text, i, to, c);
      } else if (!python && c === Ch.Backtick) {
        i = skipTemplate(text, i + 1, to, templates, depth);
      } else if (!python && c === Ch.OpenBrace) {
        depth++;
        i++;
      } else if (!python && c === Ch.CloseBrace) {
        const closesTemplate = templates.length > 0 && templates[templates.length - 1] === depth;
        depth = Math.max(0, depth - 1);
        if (closesTemplate) {
          // The end of a `${...}`: back inside its template literal.
          templates.pop();
          i = skipTemplate(text, i + 1, to, templates, depth);
        } else {
          i++;
        }
      } else {
        i++;
      }
    }
    return new CommentRanges(ranges);
  }

  /** Whether `offset` is inside a comment. */
  has(offset: number): boolean {
    const r = this.ranges;
    let lo = 0;
    let hi = r.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (offset < r[2 * mid]) hi = mid - 1;
      else if (offset >= r[2 * mid + 1]) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

function lineEnd(text: string, i: number, to: number): number {
  const eol = text.indexOf('\n', i);
  return eol === -1 || eol > to ? to : eol;
}

/** Past a `'`/`"` string that ends at its quote or at the end of the line. */
function skipLine(text: string, i: number, to: number, q: number): number {
  let j = i + 1;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c === q) return j + 1;
    if (c === Ch.Newline) return j;
    j += c === Ch.Backslash ? 2 : 1;
  }
  return to;
}

function skipTriple(text: string, i: number, to: number): number {
  const q = text.charAt(i);
  const close = text.indexOf(q + q + q, i + 3);
  return close === -1 || close + 3 > to ? to : close + 3;
}

/** Past the rest of a template literal from `j`, or to the start of a `${` (its depth pushed on `templates`). */
function skipTemplate(text: string, j: number, to: number, templates: number[], depth: number): number {
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c === Ch.Backtick) return j + 1;
    if (c === Ch.Dollar && text.charCodeAt(j + 1) === Ch.OpenBrace) {
      // The `{` is counted by the main loop, which reads the expression as code.
      templates.push(depth + 1);
      return j + 1;
    }
    j += c === Ch.Backslash ? 2 : 1;
  }
  return to;
}
