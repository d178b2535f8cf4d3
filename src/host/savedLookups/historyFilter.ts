/**
 * The History view's filter as state: the text (matched by core/savedLookups/historyFilter.ts), an event the tree
 * listens to, and the context key that swaps the view's Filter button for Clear Filter and its welcome text. Kept
 * for the window's session only: a filter left on from yesterday would hide entries with no reason in sight.
 */
import * as vscode from 'vscode';
import { normalizeHistoryFilter } from '../../core/savedLookups/historyFilter';
import { ContextKeys } from '../common/ids';
import { Disposable } from '../common/lifecycle';

export class HistoryFilter extends Disposable {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<string>());
  readonly onDidChange: vscode.Event<string> = this.changeEmitter.event;
  private current = '';

  /** The filter text; empty when the view shows everything. */
  get text(): string {
    return this.current;
  }

  /** Sets the filter (blank clears it); resolves once the context key says so. */
  async set(text: string): Promise<string> {
    const next = normalizeHistoryFilter(text);
    if (next !== this.current) {
      this.current = next;
      this.changeEmitter.fire(next);
    }
    await vscode.commands.executeCommand('setContext', ContextKeys.historyFiltered, next !== '');
    return next;
  }
}
