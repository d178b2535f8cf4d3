/**
 * Markdown: only fenced code blocks count, each read as the family its info string names (```ts, ```python,
 * ```http, ```json); other blocks (```bash, ```sh, unlabelled) are read for query strings only, like `.http` files.
 */
import type { InlineFamily } from './model';

/** One fenced block's content range and how to read it. */
export interface FencedBlock {
  readonly start: number;
  readonly end: number;
  readonly family: Exclude<InlineFamily, 'markdown'>;
}

const OPENING_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([^\s`{]*)[^\n]*\n/gm;

const FAMILY_OF_INFO: Readonly<Record<string, FencedBlock['family']>> = {
  ts: 'js', typescript: 'js', tsx: 'js', js: 'js', javascript: 'js', jsx: 'js', mjs: 'js', cjs: 'js', node: 'js',
  py: 'python', python: 'python', python3: 'python', py3: 'python',
  json: 'json', jsonc: 'json', json5: 'json',
};

/** The fenced code blocks of a Markdown text, in order. An unclosed fence runs to the end, as CommonMark says. */
export function fencedBlocks(text: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  OPENING_FENCE.lastIndex = 0;
  for (let m = OPENING_FENCE.exec(text); m !== null; m = OPENING_FENCE.exec(text)) {
    const fence = m[1];
    const start = m.index + m[0].length;
    const closing = new RegExp(`^[ \\t]{0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`, 'gm');
    closing.lastIndex = start;
    const close = closing.exec(text);
    const end = close === null ? text.length : close.index;
    blocks.push({ start, end, family: FAMILY_OF_INFO[m[2].toLowerCase()] ?? 'http' });
    OPENING_FENCE.lastIndex = close === null ? text.length : close.index + close[0].length;
  }
  return blocks;
}
