/**
 * The inline docs' view of editor documents: which ones they read, and the per-version index and problems of each
 * (core InlineIndexCache, keyed weakly by the TextDocument), within the limits that keep hostile files cheap.
 */
import * as vscode from 'vscode';
import { InlineIndexCache, type InlineLimitNote, type InlineLimits, type InlineSource } from '../../core/inline/cache';
import type { InlineProblem } from '../../core/inline/checks';
import type { InlineIndex } from '../../core/inline/documentIndex';
import { familyOf } from '../../core/inline/documentIndex';
import type { Vocabulary } from '../../core/catalog/vocabulary';
import { RESULT_SCHEME } from '../common/ids';

/** REST Client files, read whatever language id they have (without REST Client installed they are plaintext). */
export const HTTP_FILES: vscode.DocumentFilter = { pattern: '**/*.{http,rest}' };

/** The selector the providers are registered with: the configured languages (any scheme) plus `.http` files. */
export function inlineSelector(languages: readonly string[]): vscode.DocumentFilter[] {
  return [...languages.map((language) => ({ language })), HTTP_FILES];
}

/** Schemes whose documents get diagnostics: the user's own files, not diff views, output or our results. */
const CHECKED_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote']);

/** Time for the scan of one document version, and again for its checks: past it they stop and keep what they found. */
export const INLINE_BUDGET_MS = 100;
/** Warnings per document: the first ones in document order. A file with more has a bigger problem than these. */
export const MAX_INLINE_PROBLEMS = 100;

export class InlineDocuments {
  private readonly cache: InlineIndexCache<vscode.TextDocument>;
  /** What was logged per document, so that typing in a huge file logs once, not once per keystroke. */
  private readonly logged = new WeakMap<vscode.TextDocument, Set<InlineLimitNote['kind']>>();

  constructor(
    /** The size limit in units of 1,024 characters, read whenever a version is scanned. */
    maxFileSizeKb: () => number,
    private readonly log: (message: string) => void = () => undefined,
  ) {
    const limits: InlineLimits = {
      get maxChars() {
        return maxFileSizeKb() * 1024;
      },
      budgetMs: INLINE_BUDGET_MS,
      maxProblems: MAX_INLINE_PROBLEMS,
      now: Date.now,
    };
    this.cache = new InlineIndexCache(limits, (document, note) => this.note(document, note));
  }

  /** The contexts of the document's current version. Result documents have their own hovers: empty for them. */
  index(document: vscode.TextDocument): InlineIndex {
    return this.cache.index(document, sourceOf(document));
  }

  problems(document: vscode.TextDocument, vocabulary: Vocabulary): readonly InlineProblem[] {
    return this.cache.problems(document, sourceOf(document), vocabulary);
  }

  forget(document: vscode.TextDocument): void {
    this.cache.delete(document);
    this.logged.delete(document);
  }

  /** Forgets every document's index: after the size limit changed. */
  reset(): void {
    this.cache.clear();
  }

  /** Whether checks run on this document at all (its scheme; the language is the selector's business). */
  static isChecked(document: vscode.TextDocument): boolean {
    return CHECKED_SCHEMES.has(document.uri.scheme);
  }

  private note(document: vscode.TextDocument, note: InlineLimitNote): void {
    let kinds = this.logged.get(document);
    if (kinds === undefined) this.logged.set(document, (kinds = new Set()));
    if (kinds.has(note.kind)) return;
    kinds.add(note.kind);
    const name = vscode.workspace.asRelativePath(document.uri);
    switch (note.kind) {
      case 'tooLarge':
        this.log(`inline docs: ${name} skipped, ${Math.ceil(note.chars / 1024)} KB is over xapi.inline.maxFileSizeKb (${note.maxChars / 1024} KB)`);
        break;
      case 'scanCut':
        this.log(`inline docs: ${name} read in part, the scan stopped after ${note.budgetMs} ms with ${note.contexts} contexts found`);
        break;
      case 'problemsCut':
        this.log(`inline docs: ${name} shows ${note.shown} warnings, the checks stopped at ${note.maxProblems} warnings or ${note.budgetMs} ms`);
        break;
    }
  }
}

function sourceOf(document: vscode.TextDocument): InlineSource {
  return {
    version: document.version,
    family: document.uri.scheme === RESULT_SCHEME ? undefined : familyOf(document.languageId, document.fileName),
    getText: () => document.getText(),
    // The offset of the end: the length without building the text (getText joins every line).
    length: () => document.offsetAt(document.lineAt(document.lineCount - 1).range.end),
  };
}
