/**
 * What a lookup costs under pay-per-use (CONTRACTS.md, Cost): the price is a fact of the catalogue, and so is which
 * endpoints are billed per user returned. The builder's estimate and anything else that quotes a price come here.
 */
import { ENDPOINTS } from './endpoints';
import type { LookupRequest } from '../request/lookupRequest';

/** Pay-per-use price of one user returned by a v2 lookup, in US dollars. */
export const PRICE_PER_USER_USD = 0.01;

/** What a successful response would cost under pay-per-use. */
export type CostEstimate =
  /** v2 user lookups: billed per user returned. `users` counts the ids or usernames asked for (1 for single ones). */
  | { readonly kind: 'perUser'; readonly users: number; readonly unitUsd: number; readonly totalUsd: number }
  /** The v1.1 custom-profile reads, which are not billed per user. */
  | { readonly kind: 'notBilled' };

/** The estimate of a request that is not billed per user (or not a request at all yet). */
export const notBilled: CostEstimate = { kind: 'notBilled' };

/**
 * What a successful response to `request` would cost: users returned times the price, at most the number asked for
 * (a list lookup counts its ids or usernames, a single lookup one user).
 */
export function estimateCost(request: LookupRequest): CostEstimate {
  const spec = ENDPOINTS[request.endpoint];
  if (!spec.billedPerUser) return notBilled;
  let users = 1;
  if (spec.listParam) users = (spec.listParam.name === 'ids' ? request.ids : request.usernames)?.length ?? 0;
  // In tenths of a cent, so 3 users read $0.030 and not $0.030000000000000002.
  const totalUsd = Math.round(users * PRICE_PER_USER_USD * 1000) / 1000;
  return { kind: 'perUser', users, unitUsd: PRICE_PER_USER_USD, totalUsd };
}
