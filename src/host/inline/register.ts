/**
 * Wires the inline docs: hover, completion, diagnostics and quick fixes for X API contexts in the user's own code,
 * registered for the languages of `xapi.inline.languages` (plus `.http`/`.rest` files by extension) and registered
 * again when that setting changes. One call from the composition root; everything it creates is in the returned list.
 */
import * as vscode from 'vscode';
import type { LazyModules } from '../common/lazyModules';
import { Disposable, disposeAll, toDisposable } from '../common/lifecycle';
import { INLINE_COMPLETION_TRIGGERS, InlineCompletionProvider } from './completionProvider';
import { InlineCodeActionProvider, InlineDiagnostics } from './diagnostics';
import { InlineDocuments, inlineSelector } from './documents';
import { InlineHoverProvider } from './hoverProvider';
import type { InlineSettings } from '../common/settings';
import { InlineSettingsStore } from './settings';

/** What the inline docs take from the composition root (tests shorten the debounce). */
export interface InlineDocsDeps {
  /** Loads the inline engine (dist/inline.js) when a document first needs it. */
  readonly modules: Pick<LazyModules, 'loadInline'>;
  /** Pause after the last edit before a document is checked again; default 300 ms. */
  readonly debounceMs?: number;
  /** The extension's log: a line when a document is skipped for its size or its checks were cut short. */
  readonly log?: (message: string) => void;
}

function sameLanguages(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The language-bound registrations, replaced as a whole when the language list changes. */
class SelectorRegistrations extends Disposable {
  private current: vscode.Disposable[] = [];

  constructor(private readonly register: () => vscode.Disposable[]) {
    super();
    this.current = register();
    this._register(toDisposable(() => disposeAll(this.current)));
  }

  renew(): void {
    disposeAll(this.current);
    if (!this.disposed) this.current = this.register();
  }
}

/** Registers the inline docs; dispose every returned item to remove them (context.subscriptions does). */
export function registerInlineDocs(deps: InlineDocsDeps): vscode.Disposable[] {
  const store = new InlineSettingsStore();
  const settings = (): InlineSettings => store.current;
  const documents = new InlineDocuments(() => deps.modules.loadInline(), () => store.current.maxFileSizeKb, deps.log);
  let selector = inlineSelector(store.current.languages);

  const registrations = new SelectorRegistrations(() => [
    vscode.languages.registerHoverProvider(selector, new InlineHoverProvider(documents, settings)),
    vscode.languages.registerCompletionItemProvider(selector, new InlineCompletionProvider(documents, settings), ...INLINE_COMPLETION_TRIGGERS),
    vscode.languages.registerCodeActionsProvider(selector, new InlineCodeActionProvider(documents, settings), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
    }),
  ]);
  const diagnostics = new InlineDiagnostics(documents, settings, (document) => vscode.languages.match(selector, document) > 0, deps.debounceMs);

  const onChange = store.onDidChange(({ previous, current }) => {
    if (!sameLanguages(previous.languages, current.languages)) {
      selector = inlineSelector(current.languages);
      registrations.renew();
    }
    if (previous.maxFileSizeKb !== current.maxFileSizeKb) documents.reset();
    if (previous.vocabulary !== current.vocabulary || previous.diagnostics !== current.diagnostics
      || !sameLanguages(previous.languages, current.languages) || previous.maxFileSizeKb !== current.maxFileSizeKb) {
      diagnostics.refreshAll();
    }
  });
  return [store, registrations, diagnostics, onChange];
}
