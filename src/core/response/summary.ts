/** Words for a lookup's result: document titles, history lines, status text. Pure, so it is tested without an editor. */
import { describeProblem, type Problem } from './apiError';
import { ENDPOINTS } from '../catalog/endpoints';
import { describeRequest } from '../request/describe';
import type { LookupRequest } from '../request/lookupRequest';
import type { LookupOutcome } from './outcome';

/** What a failure of each kind is called in a tab title, beside its status. */
const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  'invalid-input': 'not sent',
  network: 'network error',
  timeout: 'timed out',
  aborted: 'cancelled',
  'body-too-large': 'too large',
  'invalid-body': 'not JSON',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  'not-found': 'not found',
  'rate-limited': 'rate limited',
  'out-of-credits': 'out of credits',
  'resource-errors': 'errors',
  'client-error': 'client error',
  'server-error': 'server error',
};

/** Whether every problem is a "not found" (X's resource-not-found type, or that title). */
export function allNotFound(problems: readonly Problem[] | undefined): boolean {
  return problems !== undefined && problems.length > 0 &&
    problems.every((p) => /resource-not-found$/.test(String(p.type ?? '')) || p.title === 'Not Found Error');
}

/**
 * How the lookup went in a word or two with its status: "200", "not found (200)" (a 200 whose only content is a
 * not-found error), "unauthorized (401)", "network error". Both count: a 200 can carry nothing but errors.
 */
export function outcomeLabel(outcome: LookupOutcome): string {
  return outcomeLabelOf(outcome.ok
    ? { ok: true, status: outcome.status }
    : { ok: false, status: outcome.status, errorKind: outcome.error.kind, problems: outcome.error.problems });
}

/** The facts outcomeLabel reads, as a kept history response has them too. */
export interface OutcomeFacts {
  readonly ok: boolean;
  readonly status?: number;
  readonly errorKind?: string;
  readonly problems?: readonly Problem[];
}

/** outcomeLabel of the facts kept of an outcome. */
export function outcomeLabelOf(facts: OutcomeFacts): string {
  if (facts.ok) return facts.status !== undefined ? String(facts.status) : 'ok';
  const kind = facts.errorKind ?? 'failed';
  const word = kind === 'resource-errors' && allNotFound(facts.problems) ? 'not found' : OUTCOME_WORDS[kind] ?? kind;
  return facts.status !== undefined ? `${word} (${facts.status})` : word;
}

/** A title fit to be the last segment of a URI path: no slashes or control characters. */
export function titleSegment(title: string): string {
  return title.replace(/[/\\\x00-\x1f]/g, '_');
}

/** The tab title of a result document: what was asked and how it went, e.g. "user 2244994945 · 200". */
export function resultTitle(request: LookupRequest, outcome: LookupOutcome): string {
  // Slashes and control characters would break the URI path the title becomes.
  return titleSegment(`${describeRequest(request)} · ${outcomeLabel(outcome)}`);
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
