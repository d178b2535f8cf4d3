/**
 * Bounds on what the sandbox reads and writes. It runs inside the VS Code extension host, so one absurd request (a
 * 14 KB URL of 7,000 list values once produced a 98 MB error body) must not cost more than a normal one.
 */

/**
 * Longest request-target (path and query, as sent) answered normally; longer ones get 414 before anything is parsed.
 * X does not publish its limit; 8 KiB is the usual edge default and well over twice the longest valid lookup (100
 * ids of 19 digits with `%2C` between them and every field of either vocabulary come to under 3 KB).
 */
export const MAX_URL_BYTES = 8 * 1024;

/** Request line plus headers; past it node's parser stops and the server answers 414 or 431. */
export const MAX_HEADER_BYTES = 16 * 1024;

/**
 * A request body the sandbox never reads (every route is a GET) is drained so the connection can be kept alive only
 * up to this size; a larger or unsized (chunked) one gets `connection: close` instead of being read to its end.
 */
export const MAX_DRAINED_BODY_BYTES = 64 * 1024;

/** `errors` entries in one invalid-request answer; the rest are dropped (the first ones say what to fix). */
export const MAX_PROBLEMS = 10;

/** Characters of a parameter's value echoed in `errors[].parameters`. */
export const MAX_ECHO_CHARS = 200;

/** Characters of one offending item quoted in an error message. */
export const MAX_ITEM_CHARS = 64;

/** Occurrences of a repeated parameter echoed in `errors[].parameters`. */
export const MAX_ECHO_VALUES = 5;

/** Cuts `text` to `max` characters, marking the cut with an ellipsis so nobody mistakes it for the value sent. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
