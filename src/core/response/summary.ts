/** Words for a lookup's result: document titles, history lines, status text. Pure, so it is tested without an editor. */
import { describeProblem } from './apiError';
import { ENDPOINTS } from '../catalog/endpoints';
import { describeRequest } from '../request/describe';
import type { LookupRequest } from '../request/lookupRequest';
import type { LookupOutcome } from './outcome';

/** The tab title of a result document: what was asked and how it went, e.g. "user 2244994945 · 200". */
export function resultTitle(request: LookupRequest, outcome: LookupOutcome): string {
  const status = outcome.status !== undefined ? String(outcome.status) : outcome.ok ? 'ok' : outcome.error.kind;
  // Slashes and control characters would break the URI path the title becomes.
  return `${describeRequest(request)} · ${status}`.replace(/[/\\\x00-\x1f]/g, '_');
}

/** Users (or profiles) in a body, for summaries and the pay-per-use estimate. */
export function countRecords(body: unknown): number {
  if (typeof body !== 'object' || body === null) return 0;
  const record = body as Record<string, unknown>;
  if (Array.isArray(record.data)) return record.data.length;
  if (record.data && typeof record.data === 'object') return 1;
  if (Array.isArray(record.custom_profiles)) return record.custom_profiles.length;
  if (record.custom_profile && typeof record.custom_profile === 'object') return 1;
  return 0;
}

/** One line for history and notifications: "200 · 3 users · 1 partial error" or "401 · the credentials were not accepted". */
export function summarizeOutcome(request: LookupRequest, outcome: LookupOutcome): string {
  const parts: string[] = [];
  if (outcome.status !== undefined) parts.push(String(outcome.status));
  if (outcome.ok) {
    const count = countRecords(outcome.body);
    const noun = ENDPOINTS[request.endpoint].recordNoun;
    parts.push(`${count} ${noun}${count === 1 ? '' : 's'}`);
    if (outcome.problems.length > 0) parts.push(`${outcome.problems.length} partial error${outcome.problems.length === 1 ? '' : 's'}`);
  } else {
    parts.push(outcome.error.problems?.length ? describeProblem(outcome.error.problems[0]) : outcome.error.message);
  }
  return parts.join(' · ');
}
