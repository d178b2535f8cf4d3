/**
 * The rule for a saved lookup's name (and folder), in one place: the store, the save prompt, the builder's message
 * guard and the builder's input all read it here, so none of them can accept a name another refuses.
 */
import { CONTROL } from './parse';

/** Longest name (and folder name) of a saved lookup, in UTF-16 code units after trimming. */
export const NAME_MAX_LENGTH = 100;

export type NameCheck = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

/** Checks a saved lookup's name (or folder): trimmed, 1 to NAME_MAX_LENGTH characters, no control characters. */
export function validateName(name: unknown, what = 'name'): NameCheck {
  if (typeof name !== 'string') return { ok: false, message: `the ${what} must be text` };
  const value = name.trim();
  if (value === '') return { ok: false, message: `the ${what} must not be empty` };
  if (value.length > NAME_MAX_LENGTH) {
    return { ok: false, message: `the ${what} must be at most ${NAME_MAX_LENGTH} characters (it has ${value.length})` };
  }
  if (CONTROL.test(value)) return { ok: false, message: `the ${what} must not contain control characters or line breaks` };
  return { ok: true, value };
}

/** `name` with a suffix such as ` (copy)`, cutting the name so the result stays within the length limit. */
export function suffixedName(name: string, suffix: string): string {
  const room = NAME_MAX_LENGTH - suffix.length;
  return (name.length > room ? name.slice(0, room).trimEnd() : name) + suffix;
}
