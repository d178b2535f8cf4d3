/**
 * Warnings on X API parameter values in open documents (core inlineChecks), and their quick fixes. Checks run in a
 * timer of their own, never in the event that asked for them: soon after a document opens (or the settings change),
 * debounced after it changes. A document without any X API context costs one regex test and never gets a diagnostics
 * entry; the others get at most MAX_INLINE_PROBLEMS warnings, from a scan and checks with a time budget.
 */
import * as vscode from 'vscode';
import type { InlineProblem } from '../../core/inline/checks';
import { InlineDocuments } from './documents';
import type { InlineSettings } from '../common/settings';
import { Disposable, toDisposable } from '../common/lifecycle';

/** `Diagnostic.source` of every inline warning; the code actions only look at diagnostics carrying it. */
export const INLINE_DIAGNOSTIC_SOURCE = 'X API';

/** How long typing must pause before a changed document is checked again. */
export const DEFAULT_DEBOUNCE_MS = 300;

function rangeOf(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

function toDiagnostic(document: vscode.TextDocument, problem: InlineProblem): vscode.Diagnostic {
  // A value today's API takes but the next spec renames is news, not an error: information, not a warning.
  const severity = problem.severity === 'information' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(rangeOf(document, problem.start, problem.end), problem.message, severity);
  diagnostic.source = INLINE_DIAGNOSTIC_SOURCE;
  diagnostic.code = problem.code;
  return diagnostic;
}

export class InlineDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('xapi.inline'));
  private readonly timers = new Map<vscode.TextDocument, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly documents: InlineDocuments,
    private readonly settings: () => InlineSettings,
    /** Whether the document is one the inline docs read (the configured languages' selector). */
    private readonly matches: (document: vscode.TextDocument) => boolean,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((document) => {
      if (this.wants(document)) this.schedule(document, 0);
    }));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return;
      // Output channels and other extensions' documents change constantly: no timer for what is never checked.
      if (this.wants(event.document)) this.schedule(event.document);
      else this.clear(event.document);
    }));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)));
    // The documents already open are checked right after activation, not during it.
    const initial = setTimeout(() => this.refreshAll(), 0);
    this._register(toDisposable(() => {
      clearTimeout(initial);
      for (const timer of this.timers.values()) clearTimeout(timer);
      this.timers.clear();
    }));
  }

  /**
   * Re-checks every open document: after a settings change (vocabulary, languages, the on/off switch, the size
   * limit). Each in a timer of its own, so that many open documents do not add up to one long block.
   */
  refreshAll(): void {
    // Array.from: a copy, and tolerant of stand-in workspaces (the activation benchmark's stub).
    for (const document of Array.from(vscode.workspace.textDocuments)) this.schedule(document, 0);
  }

  /** Checks one document now. */
  refresh(document: vscode.TextDocument): void {
    const pending = this.timers.get(document);
    if (pending !== undefined) {
      clearTimeout(pending);
      this.timers.delete(document);
    }
    if (document.isClosed) return;
    if (!this.wants(document)) {
      this.clear(document);
      return;
    }
    const problems = this.documents.problems(document, this.settings().vocabulary);
    if (problems.length === 0) this.clear(document);
    else this.collection.set(document.uri, problems.map((problem) => toDiagnostic(document, problem)));
  }

  /** Whether checks are on and the document is one of the user's own, in a language the inline docs read. */
  private wants(document: vscode.TextDocument): boolean {
    return this.settings().diagnostics && InlineDocuments.isChecked(document) && this.matches(document);
  }

  private schedule(document: vscode.TextDocument, delayMs = this.debounceMs): void {
    const pending = this.timers.get(document);
    if (pending !== undefined) clearTimeout(pending);
    this.timers.set(document, setTimeout(() => this.refresh(document), delayMs));
  }

  private clear(document: vscode.TextDocument): void {
    // Only touch the collection when there is something to remove: most documents never had an entry.
    if (this.collection.has(document.uri)) this.collection.delete(document.uri);
  }

  private forget(document: vscode.TextDocument): void {
    const pending = this.timers.get(document);
    if (pending !== undefined) clearTimeout(pending);
    this.timers.delete(document);
    this.clear(document);
    this.documents.forget(document);
  }
}

/** Quick fixes for the inline warnings: replace a value, add the missing expansion. */
export class InlineCodeActionProvider implements vscode.CodeActionProvider {
  constructor(
    private readonly documents: InlineDocuments,
    private readonly settings: () => InlineSettings,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] | undefined {
    const ours = context.diagnostics.filter((d) => d.source === INLINE_DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return undefined;
    const problems = this.documents.problems(document, this.settings().vocabulary);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      // Recomputed from the current version: a diagnostic of an older version finds no problem at its range.
      const problem = problems.find((p) => p.start === start && p.end === end && p.code === diagnostic.code);
      if (problem?.fix === undefined) continue;
      const action = new vscode.CodeAction(problem.fix.title, vscode.CodeActionKind.QuickFix);
      const edit = new vscode.WorkspaceEdit();
      for (const change of problem.fix.edits) edit.replace(document.uri, rangeOf(document, change.start, change.end), change.newText);
      action.edit = edit;
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }
}
