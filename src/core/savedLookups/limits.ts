/**
 * How big the saved-lookups store may grow, in one place. The store is one JSON file that every window reads whole
 * and rewrites on every change (each lookup run adds a history entry), so its size is bounded: a file of 100,000
 * lookups would make every run of every window slow, and reading an unbounded file could exhaust memory.
 */

/** Most saved lookups the store holds; a save, a duplicate or an import that would pass it is refused. */
export const SAVED_LOOKUPS_LIMIT = 5000;
/** How many history entries are kept, newest first; the oldest go when a new one comes. */
export const HISTORY_LIMIT = 100;
/**
 * Largest `lookups.json` that is read. 5,000 lookups of the largest kind (100 ids, every field) and a full history
 * stay well below it; a larger file is left untouched and the store becomes read-only.
 */
export const STORE_FILE_MAX_BYTES = 32 * 1024 * 1024;
/** Export files larger than this are refused rather than read into memory. */
export const IMPORT_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** What stands in the way of adding `adding` lookups to `current` ones, or undefined when they fit. */
export function lookupCapacityProblem(current: number, adding: number, limit = SAVED_LOOKUPS_LIMIT): { readonly limit: number; readonly current: number } | undefined {
  return current + adding > limit ? { limit, current } : undefined;
}

/**
 * Largest response kept for one history entry (its document text, headers and problems, as stored): a larger one is
 * not kept, and its entry says so. The responses are files of their own (storage/historyResponses.ts), so they never
 * make `lookups.json`, which every window rewrites on every run, any larger.
 */
export const RESPONSE_MAX_BYTES = 1024 * 1024;
/** What all kept responses may take together; past it the oldest are deleted first. */
export const RESPONSES_TOTAL_MAX_BYTES = 32 * 1024 * 1024;
