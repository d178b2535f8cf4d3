/**
 * One level of indirection: request options or a query held in a variable and then passed to a call that names the
 * endpoint. `const params = { 'tweet.fields': ... }; client.users.findUserByUsername(name, params)`, or Python's
 * `params = {...}; requests.get(URL, params=params)` where the URL (or the variable holding it) has an X path.
 */
import { endpointOfCallee, endpointOfUrl } from './endpoints';
import { Ch, calleeBefore, isIdentifierChar, isQuote, isSpace } from './scanText';

/** How far back from a use the opening parenthesis of its call is looked for. */
const MAX_CALL_LOOKBACK = 400;
/** How many uses of a variable are looked at. */
const MAX_USES = 8;
/** How far after its object a variable's uses are looked for: the call is near, and a scan must stay linear. */
const MAX_USE_DISTANCE = 16_384;

/** The name assigned just before `at` (`const params = `, `params: Params = `, `self.params = `), or undefined. */
function assignedName(text: string, at: number, from: number): string | undefined {
  let j = at;
  while (j > from && isSpace(text.charCodeAt(j - 1))) j--;
  if (text.charCodeAt(j - 1) !== Ch.Equals) return undefined;
  const before = text.charCodeAt(j - 2);
  // `==`, `!=`, `<=`, `>=`, `=>` are not assignments; a keyword argument (`params={...}`) is a call argument.
  if (before === Ch.Equals || before === Ch.Bang || before === Ch.Less || before === Ch.Greater) return undefined;
  const head = text.slice(Math.max(from, j - 1 - 120), j - 1);
  const m = /(?:^|[\s;{}(,])(?:const|let|var)?\s*([A-Za-z_$][\w$]*)\s*(?::[^=;\n(){}]{1,80})?\s*$/.exec(head);
  return m === null ? undefined : m[1];
}

/** The `(` of the call whose argument list holds `at`, walking back over balanced brackets; -1 when there is none. */
function enclosingCall(text: string, at: number, from: number): number {
  let depth = 0;
  const stop = Math.max(from, at - MAX_CALL_LOOKBACK);
  for (let j = at - 1; j >= stop; j--) {
    const c = text.charCodeAt(j);
    if (c === Ch.CloseParen || c === Ch.CloseBracket || c === Ch.CloseBrace) depth++;
    else if (c === Ch.OpenBracket || c === Ch.OpenBrace) {
      if (depth === 0) return -1;
      depth--;
    } else if (c === Ch.OpenParen) {
      if (depth === 0) return j;
      depth--;
    } else if (c === Ch.Semicolon && depth === 0) return -1;
  }
  return -1;
}

/** The endpoint a call at `paren` names: its method, or an X URL among its first arguments (literal or variable). */
export function endpointOfCall(text: string, paren: number, from: number, to: number): string | undefined {
  const byName = endpointOfCallee(calleeBefore(text, paren));
  if (byName !== undefined) return byName;
  // `requests.get(url, ...)`, `requests.request("GET", URL, ...)`, `fetch(`${base}/2/users/${id}`, ...)`.
  let i = paren + 1;
  for (let arg = 0; arg < 2 && i < to; arg++) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    let c = text.charCodeAt(i);
    if ((c === 102 || c === 114) && isQuote(text.charCodeAt(i + 1))) c = text.charCodeAt(++i); // f"..." / r"..."
    if (isQuote(c)) {
      const close = text.indexOf(text.charAt(i), i + 1);
      if (close === -1) return undefined;
      const endpoint = endpointOfUrl(text.slice(i + 1, Math.min(close, i + 500)));
      if (endpoint !== undefined) return endpoint;
      i = close + 1;
    } else if (isIdentifierChar(c)) {
      let end = i;
      while (end < to && isIdentifierChar(text.charCodeAt(end))) end++;
      const endpoint = endpointOfVariable(text, text.slice(i, end), from, to);
      if (endpoint !== undefined) return endpoint;
      i = end;
    } else {
      return undefined;
    }
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== Ch.Comma) return undefined;
    i++;
  }
  return undefined;
}

/** The endpoint of a URL a variable is set to (`API_ENDPOINT = "https://api.x.com/2/users/by/username/x"`). */
function endpointOfVariable(text: string, name: string, from: number, to: number): string | undefined {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  const assignment = new RegExp(`(?:^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\s*=\\s*[fr]?(['"\`])`, 'g');
  assignment.lastIndex = from;
  const m = assignment.exec(text);
  if (m === null || m.index >= to) return undefined;
  const open = m.index + m[0].length;
  const close = text.indexOf(m[1], open);
  return close === -1 ? undefined : endpointOfUrl(text.slice(open, Math.min(close, open + 500)));
}

/**
 * The endpoint of the calls the object opening at `opener` reaches through the variable it is assigned to, when they
 * all agree; undefined when it is not assigned, never passed to such a call, or passed to calls of different endpoints.
 */
export function heldEndpoint(text: string, opener: number, from: number, to: number): string | undefined {
  const name = assignedName(text, opener, from);
  if (name === undefined) return undefined;
  // A use as an argument: after `(`, `,` or a keyword's `=` (`params=params`), not a member access or a call.
  const use = new RegExp(`[(,=]\\s*${name.replace(/\$/g, '\\$')}(?![\\w$])(?!\\s*(?:[.[(]|=[^=]))`, 'g');
  // The search runs on a window of at most MAX_USE_DISTANCE characters after the object, so it cannot run on.
  const window = text.slice(opener, Math.min(to, opener + MAX_USE_DISTANCE));
  let found: string | undefined;
  let uses = 0;
  for (let m = use.exec(window); m !== null && uses < MAX_USES; m = use.exec(window)) {
    const at = opener + m.index + m[0].length - name.length;
    const paren = enclosingCall(text, at, from);
    if (paren === -1) continue;
    uses++;
    const endpoint = endpointOfCall(text, paren, from, to);
    if (endpoint === undefined) continue;
    if (found !== undefined && found !== endpoint) return undefined;
    found = endpoint;
  }
  return found;
}
