/**
 * The History view's filter: which entries a typed text keeps. Words match in any order, case-insensitively, each
 * somewhere in what the row and its tooltip show (title, parameters and fields, path, status, summary), so "404 jack" finds the
 * not-found lookup of jack whichever way it was asked.
 */
import { ENDPOINTS } from '../catalog/endpoints';
import { describeParameters, titleOfRequest } from '../request/describe';
import type { HistoryEntry } from './model';

/** Longest filter text kept; the input box stops there too. */
export const HISTORY_FILTER_MAX_LENGTH = 200;

/** The filter text as it is kept: one space between words, cut to its maximum, no control characters. '' is none. */
export function normalizeHistoryFilter(text: string): string {
  return text.replace(/[\x00-\x1f\x7f\s]+/g, ' ').trim().slice(0, HISTORY_FILTER_MAX_LENGTH);
}

/** Everything an entry is found by, lower-cased, one space between the parts. */
function haystack(entry: HistoryEntry): string {
  const spec = ENDPOINTS[entry.request.endpoint];
  return [
    titleOfRequest(entry.request),
    describeParameters(entry.request),
    ...[entry.request.userFields, entry.request.tweetFields, entry.request.expansions].map((values) => values?.join(' ') ?? ''),
    spec?.path ?? entry.request.endpoint,
    spec?.cliName ?? '',
    entry.status !== undefined ? String(entry.status) : '',
    entry.ok ? 'ok' : 'failed',
    entry.summary,
  ].join(' ').toLowerCase();
}

/** Whether `entry` matches every word of `filter`; an empty filter matches everything. */
export function matchesHistoryFilter(entry: HistoryEntry, filter: string): boolean {
  const words = normalizeHistoryFilter(filter).toLowerCase().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return true;
  const text = haystack(entry);
  return words.every((word) => text.includes(word));
}

/** The entries a filter keeps, in their order. */
export function filterHistory(history: readonly HistoryEntry[], filter: string): readonly HistoryEntry[] {
  return normalizeHistoryFilter(filter) === '' ? history : history.filter((entry) => matchesHistoryFilter(entry, filter));
}
