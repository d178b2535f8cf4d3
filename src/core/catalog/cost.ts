/**
 * What a lookup costs under pay-per-use (CONTRACTS.md, Cost): the price is a fact of the catalogue, and so is which
 * endpoints are billed per user returned. The builder's estimate and anything else that quotes a price come here.
 */
import { ENDPOINTS, isWellFormed, sameUserKey } from './endpoints';
import type { EndpointSpec, ValueKind } from './endpoints';
import type { LookupRequest } from '../request/lookupRequest';

/** Pay-per-use price of one user returned by a v2 lookup, in US dollars. */
export const PRICE_PER_USER_USD = 0.01;

/** What a successful response would cost under pay-per-use. */
export type CostEstimate =
  /**
   * v2 user lookups: billed per user returned. `users` counts the users the request would ask for: the distinct
   * well-formed ids or usernames of a list, 1 for a single lookup with a well-formed value (or for `me`).
   */
  | { readonly kind: 'perUser'; readonly users: number; readonly unitUsd: number; readonly totalUsd: number }
  /** The v1.1 custom-profile reads, which are not billed per user. */
  | { readonly kind: 'notBilled' };

/** The estimate of a request that is not billed per user (or not a request at all yet). */
export const notBilled: CostEstimate = { kind: 'notBilled' };

/**
 * What a successful response to `request` would cost: users returned times the price, at most the number asked for.
 * Only what would be sent counts, by the rules validation applies (endpoints.ts's isWellFormed and sameUserKey): a
 * malformed id is refused, not billed, and the same user listed twice is one user.
 */
export function estimateCost(request: LookupRequest): CostEstimate;
/**
 * The same, with the users the spend ledger says were billed earlier today (same UTC day, same account) counted as
 * free: X does not charge a resource twice in one UTC day. `users` still counts every user asked for; `totalUsd` and
 * `billable` count the others.
 */
export function estimateCost(request: LookupRequest, billedToday: BilledToday): CostEstimate & { readonly alreadyBilledToday?: number };
export function estimateCost(request: LookupRequest, billedToday?: BilledToday): CostEstimate & { readonly alreadyBilledToday?: number } {
  const spec = ENDPOINTS[request.endpoint];
  if (!spec.billedPerUser) return notBilled;
  const asked = usersAskedFor(spec, request);
  const users = asked.length;
  if (!billedToday) return { kind: 'perUser', users, unitUsd: PRICE_PER_USER_USD, totalUsd: usdForUsers(users) };
  const alreadyBilledToday = asked.filter(([kind, value]) => billedToday(kind, value)).length;
  return { kind: 'perUser', users, unitUsd: PRICE_PER_USER_USD, totalUsd: usdForUsers(users - alreadyBilledToday), alreadyBilledToday };
}

/**
 * Whether a user was billed earlier today, by the spend ledger: an id as written, a username whatever its case (the
 * ledger knows the usernames of the users it recorded). `me` asks with kind `id` and value `me`.
 */
export type BilledToday = (kind: ValueKind, value: string) => boolean;

/** Dollars for `users` users, in whole tenths of a cent, so 3 users read $0.030 and not $0.030000000000000002. */
export function usdForUsers(users: number): number {
  return Math.round(users * PRICE_PER_USER_USD * 1000) / 1000;
}

/** What a bulk lookup would cost: at most, since users not found are not billed. */
export interface BulkCostEstimate {
  /** Distinct well-formed users asked for. */
  readonly users: number;
  /** Of those, billed earlier today by the ledger: free now. */
  readonly alreadyBilledToday: number;
  /** users - alreadyBilledToday: what may be charged. */
  readonly billable: number;
  readonly unitUsd: number;
  /** billable times the price: the most this can cost (users that are not found cost nothing). */
  readonly totalUsd: number;
  /** Requests of 100 (or fewer) it takes. */
  readonly batches: number;
}

/**
 * The estimate of a bulk lookup of `values` (ids or usernames), by the same rules as estimateCost: malformed values
 * are refused, not billed; a user listed twice is one user; one the ledger billed today is free.
 */
export function estimateBulkCost(kind: ValueKind, values: readonly string[], billedToday?: BilledToday, batches?: number): BulkCostEstimate {
  const seen = new Set<string>();
  let already = 0;
  for (const value of values) {
    if (!isWellFormed(kind, value)) continue;
    const key = sameUserKey(kind, value);
    if (seen.has(key)) continue;
    seen.add(key);
    if (billedToday?.(kind, value)) already++;
  }
  const users = seen.size;
  const billable = users - already;
  const max = ENDPOINTS[kind === 'id' ? 'usersByIds' : 'usersByUsernames'].listParam?.max ?? 100;
  return {
    users, alreadyBilledToday: already, billable, unitUsd: PRICE_PER_USER_USD, totalUsd: usdForUsers(billable),
    batches: batches ?? Math.ceil(users / max),
  };
}

/** The users a request asks for, as (kind, value) pairs, distinct by sameUserKey. */
function usersAskedFor(spec: EndpointSpec, request: LookupRequest): readonly (readonly [ValueKind, string])[] {
  if (spec.listParam) {
    const { name, kind } = spec.listParam;
    const values = (name === 'ids' ? request.ids : request.usernames) ?? [];
    const users = new Map<string, readonly [ValueKind, string]>();
    for (const value of values) {
      // The request comes from a form or a file: a value of another type is refused like a malformed one.
      if (typeof value === 'string' && isWellFormed(kind, value) && !users.has(sameUserKey(kind, value))) {
        users.set(sameUserKey(kind, value), [kind, value]);
      }
    }
    return [...users.values()];
  }
  if (spec.pathParam) {
    const { name, kind } = spec.pathParam;
    const value = name === 'id' ? request.id : request.username;
    return typeof value === 'string' && isWellFormed(kind, value) ? [[kind, value]] : [];
  }
  // `me`: the authenticated user.
  return [['id', 'me']];
}
