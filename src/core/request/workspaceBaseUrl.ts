/**
 * Reads a setting (`xapi.baseUrl`, whose key the host passes in from its ids table) out of a workspace's own
 * settings text (`.vscode/settings.json`, or a `.code-workspace` file's `settings`). VS Code drops application-scoped
 * values from workspace settings before an extension can inspect them, so telling the user "this workspace's value
 * is ignored" needs the file itself.
 */

/** The non-blank text a settings file sets `key` to, if any; `workspaceFile` reads it under `settings`. JSONC, as VS Code reads it. */
export function stringSettingInText(text: string, key: string, kind: 'settings' | 'workspaceFile'): string | undefined {
  // Most workspaces never mention it: skip the parse.
  if (!text.includes(key)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(jsoncToJson(text));
  } catch {
    return undefined;
  }
  const root = kind === 'workspaceFile' && isRecord(parsed) ? parsed.settings : parsed;
  if (!isRecord(root)) return undefined;
  const value = root[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Settings files are JSON with comments and trailing commas. This blanks comments and drops commas before a closing
 * bracket, leaving strings untouched; one pass, so a large file costs linear time. (A few lines here instead of a
 * parser library, because this runs at activation and every byte of the extension bundle is paid there.)
 */
export function jsoncToJson(text: string): string {
  let out = '';
  let i = 0;
  let pendingComma = -1; // where in `out` a comma waits to see whether a closing bracket follows
  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
      pendingComma = -1;
    } else if (char === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out += ' ';
    } else if (char === ',') {
      pendingComma = out.length;
      out += char;
      i++;
    } else {
      if ((char === '}' || char === ']') && pendingComma >= 0) out = out.slice(0, pendingComma) + out.slice(pendingComma + 1);
      if (!/\s/.test(char)) pendingComma = -1;
      out += char;
      i++;
    }
  }
  return out;
}

/** Index just past the string starting at `start` (a `"`), honouring escapes; the text's end if unterminated. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, text.length);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
