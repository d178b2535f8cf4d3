/**
 * What a lookup costs under pay-per-use (CONTRACTS.md, Cost): the price is a fact of the catalogue, and so is which
 * endpoints are billed per user returned. The builder's estimate and anything else that quotes a price come here.
 */
import { ENDPOINTS, isWellFormed, sameUserKey } from './endpoints';
import type { EndpointSpec } from './endpoints';
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
export function estimateCost(request: LookupRequest): CostEstimate {
  const spec = ENDPOINTS[request.endpoint];
  if (!spec.billedPerUser) return notBilled;
  const users = usersAskedFor(spec, request);
  // In tenths of a cent, so 3 users read $0.030 and not $0.030000000000000002.
  const totalUsd = Math.round(users * PRICE_PER_USER_USD * 1000) / 1000;
  return { kind: 'perUser', users, unitUsd: PRICE_PER_USER_USD, totalUsd };
}

function usersAskedFor(spec: EndpointSpec, request: LookupRequest): number {
  if (spec.listParam) {
    const { name, kind } = spec.listParam;
    const values = (name === 'ids' ? request.ids : request.usernames) ?? [];
    const users = new Set<string>();
    for (const value of values) {
      // The request comes from a form or a file: a value of another type is refused like a malformed one.
      if (typeof value === 'string' && isWellFormed(kind, value)) users.add(sameUserKey(kind, value));
    }
    return users.size;
  }
  if (spec.pathParam) {
    const { name, kind } = spec.pathParam;
    const value = name === 'id' ? request.id : request.username;
    return typeof value === 'string' && isWellFormed(kind, value) ? 1 : 0;
  }
  // `me`: the authenticated user.
  return 1;
}
