/**
 * One document out of many answers: every batch's `data` and `errors` in batch order, and their `includes` merged so
 * that a tweet pinned by two users, or one user expanded by many, appears once. Objects are told apart by their key:
 * `media_key` for media, `id` for everything else (users, tweets/posts, places, polls, topics...).
 */
import type { Problem } from '../response/apiError';

/** A JSON object as the API answers it. */
export type JsonObject = { readonly [key: string]: unknown };

/** The usable part of one batch's answer. */
export interface BatchAnswer {
  readonly data: readonly JsonObject[];
  readonly errors: readonly Problem[];
  /** `includes` by kind (`users`, `tweets` or `posts`, `media`, ...). */
  readonly includes: { readonly [kind: string]: readonly JsonObject[] };
}

/** The merged document, shaped like one v2 answer. */
export interface MergedDocument {
  data: JsonObject[];
  includes?: { [kind: string]: JsonObject[] };
  errors?: Problem[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a v2 body (`data` an object or a list, `errors`, `includes`) into a BatchAnswer; anything else is empty. */
export function answerOfBody(body: unknown): BatchAnswer {
  if (!isObject(body)) return { data: [], errors: [], includes: {} };
  const data = Array.isArray(body.data) ? body.data.filter(isObject) : isObject(body.data) ? [body.data] : [];
  const errors = Array.isArray(body.errors) ? (body.errors.filter(isObject) as Problem[]) : [];
  const includes: { [kind: string]: JsonObject[] } = {};
  if (isObject(body.includes)) {
    for (const [kind, list] of Object.entries(body.includes)) if (Array.isArray(list)) includes[kind] = list.filter(isObject);
  }
  return { data, errors, includes };
}

/** The key that tells two included objects apart; undefined when an object has neither. */
export function includeKey(object: JsonObject): string | undefined {
  const key = object.media_key ?? object.id;
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

/**
 * Collects `includes` without duplicates. The first copy of an object is kept (later batches see the same object).
 * Objects without a key are kept apart by their JSON text, so nothing is silently dropped.
 */
export class IncludesMerger {
  private readonly kinds = new Map<string, { seen: Set<string>; list: JsonObject[] }>();

  add(includes: BatchAnswer['includes']): void {
    for (const [kind, list] of Object.entries(includes)) {
      let entry = this.kinds.get(kind);
      if (!entry) this.kinds.set(kind, (entry = { seen: new Set(), list: [] }));
      for (const object of list) {
        const key = includeKey(object) ?? `json:${JSON.stringify(object)}`;
        if (entry.seen.has(key)) continue;
        entry.seen.add(key);
        entry.list.push(object);
      }
    }
  }

  get empty(): boolean {
    return this.kinds.size === 0;
  }

  result(): { [kind: string]: JsonObject[] } {
    const out: { [kind: string]: JsonObject[] } = {};
    for (const [kind, entry] of this.kinds) out[kind] = entry.list;
    return out;
  }
}

/** Merges answers in the order given (the batch order). `includes` and `errors` are left out when empty, as X does. */
export function mergeBatchAnswers(answers: Iterable<BatchAnswer>): MergedDocument {
  const data: JsonObject[] = [];
  const errors: Problem[] = [];
  const includes = new IncludesMerger();
  for (const answer of answers) {
    for (const item of answer.data) data.push(item);
    for (const problem of answer.errors) errors.push(problem);
    includes.add(answer.includes);
  }
  const document: MergedDocument = { data };
  if (!includes.empty) document.includes = includes.result();
  if (errors.length > 0) document.errors = errors;
  return document;
}

/**
 * How many of the values asked for an answer reports as missing (not found, suspended, ...): the problems about the
 * list parameter itself, not those about an expansion (a pinned tweet that is gone).
 */
export function countMissing(answer: BatchAnswer, listParam: 'ids' | 'usernames'): number {
  const single = listParam === 'ids' ? 'id' : 'username';
  let missing = 0;
  for (const problem of answer.errors) if (problem.parameter === listParam || problem.parameter === single) missing++;
  return missing;
}
