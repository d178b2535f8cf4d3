import { strict as assert } from 'node:assert';
import { filterHistory, HISTORY_FILTER_MAX_LENGTH, matchesHistoryFilter, normalizeHistoryFilter } from '../../../../src/core/savedLookups/historyFilter';
import { historyRecord, removeHistory, type HistoryEntry } from '../../../../src/core/savedLookups/model';

const AT = '2025-03-01T10:00:00.000Z';
const BY_ID = historyRecord('h1', { endpoint: 'userById', id: '2244994945', userFields: ['created_at'] }, AT, { ok: true, status: 200, summary: '200 · 1 user' });
const MISSING = historyRecord('h2', { endpoint: 'userByUsername', username: 'missing_jack' }, AT, { ok: false, status: 404, summary: 'not found' });
const PROFILES = historyRecord('h3', { endpoint: 'customProfiles', count: 5 }, AT, { ok: true, status: 200, summary: '200 · 2 profiles' });
const ALL: readonly HistoryEntry[] = [BY_ID, MISSING, PROFILES];

describe('history filter', () => {
  it('keeps everything for an empty or blank filter, in order', () => {
    assert.deepEqual(filterHistory(ALL, ''), ALL);
    assert.deepEqual(filterHistory(ALL, '  \t '), ALL);
  });

  it('matches every word, in any order, case-insensitively, across title, parameters, path, status and summary', () => {
    const ids = (filter: string): string[] => filterHistory(ALL, filter).map((entry) => entry.id);
    assert.deepEqual(ids('2244994945'), ['h1']);
    assert.deepEqual(ids('JACK 404'), ['h2']);
    assert.deepEqual(ids('404 jack'), ['h2']);
    assert.deepEqual(ids('failed'), ['h2']);
    assert.deepEqual(ids('custom_profiles'), ['h3'], 'the path');
    assert.deepEqual(ids('created_at'), ['h1'], 'a field asked for');
    assert.deepEqual(ids('200'), ['h1', 'h3']);
    assert.deepEqual(ids('200 jack'), []);
    assert.equal(matchesHistoryFilter(BY_ID, 'profiles'), false);
  });

  it('keeps a filter short and free of control characters', () => {
    assert.equal(normalizeHistoryFilter(' a\nb\u0007 '), 'a b');
    assert.equal(normalizeHistoryFilter('  404   jack '), '404 jack');
    assert.equal(normalizeHistoryFilter('x'.repeat(500)).length, HISTORY_FILTER_MAX_LENGTH);
  });
});

describe('removeHistory', () => {
  it('drops the one entry and says whether there was one', () => {
    assert.deepEqual(removeHistory(ALL, 'h2'), { history: [BY_ID, PROFILES], removed: true });
    assert.deepEqual(removeHistory(ALL, 'nope'), { history: ALL, removed: false });
  });
});
