/**
 * A bulk lookup cut into the requests that go on the wire: batches of at most 100 (the `ids`/`usernames` maximum of
 * the catalogue), each validated by the same prepareLookup as a single lookup, so what the extension and the CLI send
 * in bulk obeys exactly the rules a hand-typed lookup does. The plan is data: its input can be stored and planned again
 * (after a reload, to resume), and its planId says whether a progress record belongs to it.
 */
import { ENDPOINTS, sameUserKey, type ValueKind } from '../catalog/endpoints';
import { estimateBulkCost, type BilledToday, type BulkCostEstimate } from '../catalog/cost';
import type { Vocabulary } from '../catalog/vocabulary';
import { prepareLookup, type LookupRequest, type PrepareOptions, type PreparedRequest, type ValidationIssue } from '../request/lookupRequest';

/** The two lookups that take a list, and so can be sent in batches. */
export type BulkEndpointId = 'usersByIds' | 'usersByUsernames';

/** The list lookup for ids or usernames. */
export function bulkEndpointFor(kind: ValueKind): BulkEndpointId {
  return kind === 'id' ? 'usersByIds' : 'usersByUsernames';
}

/** What values a bulk endpoint takes. */
export function bulkValueKind(endpoint: BulkEndpointId): ValueKind {
  return endpoint === 'usersByIds' ? 'id' : 'username';
}

/** Everything a bulk lookup is planned from; JSON-serialisable and free of secrets, so it can be stored to resume. */
export interface BulkLookupInput {
  readonly endpoint: BulkEndpointId;
  /** Distinct, well-formed values (readBulkValues gives them so); any other is refused again here. */
  readonly values: readonly string[];
  readonly userFields?: readonly string[];
  /** Sent as `tweet.fields` (2.166) or `post.fields` (2.167). */
  readonly tweetFields?: readonly string[];
  readonly expansions?: readonly string[];
}

/** One request of a plan. */
export interface BulkBatch {
  /** 0-based position in the plan. */
  readonly index: number;
  readonly values: readonly string[];
  readonly request: PreparedRequest;
}

export interface BulkPlan {
  readonly input: BulkLookupInput;
  readonly vocabulary: Vocabulary;
  readonly kind: ValueKind;
  readonly batches: readonly BulkBatch[];
  /** Users asked for: the number of values. */
  readonly users: number;
  /** Identifies endpoint, fields, vocabulary and values: a progress record of another plan is not resumed with this one. */
  readonly planId: string;
}

export type BulkPlanResult =
  | { readonly ok: true; readonly plan: BulkPlan }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Values per request: the catalogue's maximum for the list (100). */
export function batchSize(endpoint: BulkEndpointId): number {
  return ENDPOINTS[endpoint].listParam?.max ?? 100;
}

/**
 * Cuts `input` into batches and validates each one. Any broken rule (a malformed or repeated value, an unknown field,
 * an auth the endpoint refuses) is reported and no plan is made, so nothing of a flawed bulk lookup is sent.
 */
export function planBulk(input: BulkLookupInput, options: PrepareOptions): BulkPlanResult {
  const spec = ENDPOINTS[input.endpoint];
  if (!spec?.listParam || (input.endpoint !== 'usersByIds' && input.endpoint !== 'usersByUsernames')) {
    return { ok: false, issues: [{ field: 'endpoint', message: `${String(input.endpoint)} does not take a list of users` }] };
  }
  if (input.values.length === 0) {
    return { ok: false, issues: [{ field: spec.listParam.name, message: `no ${spec.listParam.name} to look up` }] };
  }
  const size = batchSize(input.endpoint);
  const issues: ValidationIssue[] = [];
  const batches: BulkBatch[] = [];
  const seen = new Set<string>();
  const kind = spec.listParam.kind;
  for (let start = 0, index = 0; start < input.values.length; start += size, index++) {
    const values = input.values.slice(start, start + size);
    const request: LookupRequest = {
      endpoint: input.endpoint,
      [spec.listParam.name]: values,
      userFields: input.userFields,
      tweetFields: input.tweetFields,
      expansions: input.expansions,
    };
    // A repeat across batches passes each batch's own check; the plan refuses it like a repeat within one (a repeat
    // within one is left to that check, so it is reported once).
    const local = new Set<string>();
    for (const value of values) {
      // A non-string (an unchecked argument object) is left to prepareLookup, which refuses it by type.
      if (typeof value !== 'string') continue;
      const key = sameUserKey(kind, value);
      if (seen.has(key) && !local.has(key)) issues.push({ field: spec.listParam.name, value, message: `${spec.listParam.name} lists "${value}" more than once` });
      seen.add(key);
      local.add(key);
    }
    const prepared = prepareLookup(request, options);
    if (!prepared.ok) {
      // Field and auth problems repeat in every batch; report them once.
      for (const issue of prepared.issues) if (index === 0 || issue.field === spec.listParam.name) issues.push(issue);
      continue;
    }
    batches.push({ index, values, request: prepared.request });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    plan: { input, vocabulary: options.vocabulary, kind, batches, users: input.values.length, planId: planIdentity(input, options.vocabulary) },
  };
}

/** What a plan would cost, with the users the ledger says were billed earlier today counted as free. */
export function estimatePlan(plan: BulkPlan, billedToday?: BilledToday): BulkCostEstimate {
  return estimateBulkCost(plan.kind, plan.input.values, billedToday, plan.batches.length);
}

/** A 53-bit FNV-style hash over the plan's input, as 14 hex digits: stable across runs and processes, no crypto needed. */
function planIdentity(input: BulkLookupInput, vocabulary: Vocabulary): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    // A separator no value can hold, so ["ab"] and ["a","b"] differ.
    h1 = Math.imul(h1 ^ 0x1f, 2654435761);
    h2 = Math.imul(h2 ^ 0x1f, 1597334677);
  };
  feed(input.endpoint);
  feed(vocabulary);
  for (const list of [input.userFields, input.tweetFields, input.expansions]) feed((list ?? []).join(','));
  for (const value of input.values) feed(value);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}
