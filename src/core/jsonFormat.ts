/**
 * Pretty-prints JSON text without parsing it into JavaScript values, so a large integer keeps every digit (a
 * snowflake sent as a number by some v1.1 payload would otherwise be rounded by JSON.parse).
 */

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * Re-indents JSON text. Callers pass text that JSON.parse accepted; the checks here catch only gross damage, and
 * then the answer is undefined.
 */
export function formatJsonText(text: string, indent = 2): string | undefined {
  const out: string[] = [];
  let depth = 0;
  let i = 0;
  const n = text.length;
  let expectValue = true;
  const stack: string[] = [];
  const newline = (): void => {
    out.push('\n', ' '.repeat(depth * indent));
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
      while (j < n && /\s/.test(text[j])) j++;
      if (text[j] === close) {
        out.push(c + close);
        i = j + 1;
        expectValue = false;
        continue;
      }
      stack.push(close);
      depth++;
      out.push(c);
      newline();
      i++;
      expectValue = true;
      continue;
    }
    if (c === '}' || c === ']') {
      if (stack.pop() !== c) return undefined;
      depth--;
      newline();
      out.push(c);
      i++;
      expectValue = false;
      continue;
    }
    if (c === ',') {
      if (stack.length === 0) return undefined;
      out.push(',');
      newline();
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
