/**
 * Pretty-prints JSON text without parsing it into JavaScript values, so a large integer keeps every digit (a
 * snowflake sent as a number by some v1.1 payload would otherwise be rounded by JSON.parse).
 *
 * Output stays linear in the input. Indentation alone is quadratic in nesting depth (a 20 KB response nested 10,000
 * deep became 200 million characters), so two budgets bound it: containers nested deeper than
 * {@link MAX_INDENTED_DEPTH} are written on one line, and once the indentation written exceeds
 * {@link INDENT_BUDGET_PER_CHAR} characters per input character (plus {@link INDENT_BUDGET_SLACK}), the rest of the
 * document goes on one line too. Real X responses are a few levels deep and never meet either budget.
 */

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Deepest nesting that still gets a line per member; deeper containers are written on one line. */
export const MAX_INDENTED_DEPTH = 64;
/** Indentation allowed per input character, past the slack, before the rest of the document goes on one line. */
export const INDENT_BUDGET_PER_CHAR = 4;
/** Indentation always allowed, so that small documents are never flattened however wide or deep they are. */
export const INDENT_BUDGET_SLACK = 1 << 20;

/**
 * Re-indents JSON text. Callers pass text that JSON.parse accepted; the checks here catch only gross damage, and
 * then the answer is undefined. Iterative (no recursion, whatever the depth) and O(input length): the output is at
 * most about 7 characters per input character plus a megabyte.
 */
export function formatJsonText(text: string, indent = 2): string | undefined {
  const out: string[] = [];
  const n = text.length;
  // Closing bracket of each open container; its length is the depth.
  const stack: string[] = [];
  const indents: string[] = [''];
  let indentLeft = INDENT_BUDGET_PER_CHAR * n + INDENT_BUDGET_SLACK;
  let flat = false;
  let expectValue = true;
  let i = 0;
  /** Whether members of the open container go on one line. */
  const oneLine = (): boolean => flat || stack.length > MAX_INDENTED_DEPTH;
  const newline = (depth: number): void => {
    const width = depth * indent;
    if (width > indentLeft) {
      flat = true;
      return;
    }
    indentLeft -= width;
    out.push('\n', (indents[depth] ??= ' '.repeat(width)));
  };
  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') {
      i++;
      continue;
    }
    if (c === '"') {
      const end = scanString(text, i);
      if (end < 0) return undefined;
      out.push(text.slice(i, end));
      i = end;
      expectValue = false;
      continue;
    }
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\n' || text[j] === '\r' || text[j] === '\t')) j++;
      if (text[j] === close) {
        out.push(c + close);
        i = j + 1;
        expectValue = false;
        continue;
      }
      stack.push(close);
      out.push(c);
      if (!oneLine()) newline(stack.length);
      i++;
      expectValue = true;
      continue;
    }
    if (c === '}' || c === ']') {
      // Decided before the pop: the closer stays on the line of its container's members.
      const sameLine = oneLine();
      if (stack.pop() !== c) return undefined;
      if (!sameLine) newline(stack.length);
      out.push(c);
      i++;
      expectValue = false;
      continue;
    }
    if (c === ',') {
      if (stack.length === 0) return undefined;
      if (oneLine()) {
        out.push(', ');
      } else {
        out.push(',');
        newline(stack.length);
        // The budget ran out just now: the separator still needs its space.
        if (flat) out.push(' ');
      }
      i++;
      expectValue = true;
      continue;
    }
    if (c === ':') {
      out.push(': ');
      i++;
      expectValue = true;
      continue;
    }
    LITERAL.lastIndex = i;
    const literal = LITERAL.exec(text);
    if (!literal || !expectValue) return undefined;
    out.push(literal[0]);
    i += literal[0].length;
    expectValue = false;
  }
  if (stack.length !== 0 || out.length === 0) return undefined;
  return out.join('');
}

/** Index just past the closing quote of the string starting at `start`, or -1. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c) i += 2;
    else if (c < 0x20) return -1;
    else i++;
  }
  return -1;
}
