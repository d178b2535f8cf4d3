/**
 * One tab per lookup: a rerun of the same lookup replaces the tab of the run before it in that editor group, rather
 * than opening a second tab with the same title. The earlier result stays comparable (Compare with Previous keeps it
 * in memory, and the history keeps its response).
 */
import * as vscode from 'vscode';
import { sameRequest } from '../../core/savedLookups/model';
import { RESULT_SCHEME } from '../common/ids';
import type { ResultDocuments, ResultEntry } from './documents';

/**
 * Closes the tabs in `column` showing an earlier live result of the same lookup as `current`. Pinned tabs, results
 * reopened from the history and tabs in other groups (put there on purpose, side by side) are left alone.
 */
export async function closeEarlierResultTabs(results: ResultDocuments, current: ResultEntry, column: vscode.ViewColumn | undefined): Promise<void> {
  const stale: vscode.Tab[] = [];
  for (const group of vscode.window.tabGroups.all) {
    if (column !== undefined && group.viewColumn !== column) continue;
    for (const tab of group.tabs) {
      if (tab.isPinned || !(tab.input instanceof vscode.TabInputText)) continue;
      const { uri } = tab.input;
      if (uri.scheme !== RESULT_SCHEME || uri.toString() === current.uri.toString()) continue;
      const other = results.get(uri);
      if (other && !other.stored && other.createdAt <= current.createdAt && sameRequest(other.request, current.request)) stale.push(tab);
    }
  }
  if (stale.length > 0) await vscode.window.tabGroups.close(stale, true);
}
