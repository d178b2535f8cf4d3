/**
 * Server text made harmless for a terminal. A body or a problem's `detail` can carry escape sequences (an OSC 52
 * clipboard write, a title change, cursor moves, a CSI that clears the screen); a terminal would obey them. Every
 * C0 and C1 control and DEL is shown instead, as `\x1b`, so the sequence is visible and inert.
 */

// C0 except tab and line feed, DEL, C1. Carriage return and form feed go too: they redraw what was printed.
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

function visible(char: string): string {
  return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** `text` with every control character except `\n` and `\t` written out as `\xNN`. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, visible);
}

