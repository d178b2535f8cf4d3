/**
 * Text from a response made inert for Markdown. Result hovers are trusted Markdown (they carry our look-up link),
 * so a key such as `[look up](command:...)` or `![x](https://...)` would otherwise render as a live link or a
 * tracking image. Every ASCII punctuation character is backslash-escaped (CommonMark allows that for all of them),
 * which also stops raw HTML, entities, bare-URL autolinks and `$(icon)` syntax; control characters are written out.
 */

const CONTROLS = /[\x00-\x1f\x7f-\x9f]/g;
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** `text` as literal Markdown inline text: no link, image, HTML, emphasis, code span or icon can come of it. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(PUNCTUATION, '\\$&');
}

/**
 * Server text for a notification, which is plain text except that `[label](https:...|command:...|file:...)` turns
 * into a live link; a space between `]` and `(` keeps it text.
 */
export function notificationText(text: string): string {
  return text.replace(/\]\s*\(/g, '] (');
}
