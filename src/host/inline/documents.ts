/**
 * The inline docs' view of editor documents: which ones they read, and the per-version index and problems of each
 * (core InlineIndexCache, keyed weakly by the TextDocument), within the limits that keep hostile files cheap.
 */
import * as vscode from 'vscode';
import type { InlineIndexCache, InlineLimitNote, InlineLimits, InlineSource } from '../../core/inline/cache';
import type { InlineProblem } from '../../core/inline/checks';
import type { InlineIndex } from '../../core/inline/documentIndex';
import type { Vocabulary } from '../../core/catalog/vocabulary';
import { RESULT_SCHEME } from '../common/ids';
import type { InlineExports } from '../common/lazyModules';

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
  private loaded: { readonly engine: InlineExports; readonly cache: InlineIndexCache<vscode.TextDocument> } | undefined;
  /** What was logged per document, so that typing in a huge file logs once, not once per keystroke. */
  private readonly logged = new WeakMap<vscode.TextDocument, Set<InlineLimitNote['kind']>>();

  constructor(
    /** The inline engine bundle (dist/inline.js), required on the first document asked about, never at activation. */
    private readonly load: () => InlineExports,
    /** The size limit in units of 1,024 characters, read whenever a version is scanned. */
    private readonly maxFileSizeKb: () => number,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** The engine's functions (hover, completion), loading the bundle if this is the first use. */
  get engine(): InlineExports {
    return this.ready().engine;
  }

  /** The contexts of the document's current version. Result documents have their own hovers: empty for them. */
  index(document: vscode.TextDocument): InlineIndex {
    const { engine, cache } = this.ready();
    return cache.index(document, sourceOf(document, engine));
  }

  problems(document: vscode.TextDocument, vocabulary: Vocabulary): readonly InlineProblem[] {
    const { engine, cache } = this.ready();
    return cache.problems(document, sourceOf(document, engine), vocabulary);
  }

  forget(document: vscode.TextDocument): void {
    this.loaded?.cache.delete(document);
    this.logged.delete(document);
  }

  /** Forgets every document's index: after the size limit changed. */
  reset(): void {
    this.loaded?.cache.clear();
  }

  private ready(): NonNullable<InlineDocuments['loaded']> {
    if (this.loaded === undefined) {
      const engine = this.load();
      const maxFileSizeKb = this.maxFileSizeKb;
      const limits: InlineLimits = {
        get maxChars() {
          return maxFileSizeKb() * 1024;
        },
        budgetMs: INLINE_BUDGET_MS,
        maxProblems: MAX_INLINE_PROBLEMS,
        now: Date.now,
      };
      this.loaded = { engine, cache: new engine.InlineIndexCache(limits, (document, note) => this.note(document, note)) };
    }
    return this.loaded;
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

function sourceOf(document: vscode.TextDocument, engine: InlineExports): InlineSource {
  return {
    version: document.version,
    family: document.uri.scheme === RESULT_SCHEME ? undefined : engine.familyOf(document.languageId, document.fileName),
    getText: () => document.getText(),
    // The offset of the end: the length without building the text (getText joins every line).
    length: () => document.offsetAt(document.lineAt(document.lineCount - 1).range.end),
  };
}
