/**
 * The inline docs' view of editor documents: which ones they read, and the per-version index and problems of each
 * (core InlineIndexCache, keyed weakly by the TextDocument).
 */
import type * as vscode from 'vscode';
import { InlineIndexCache, type InlineSource } from '../../core/inline/inlineCache';
import type { InlineProblem } from '../../core/inline/inlineChecks';
import type { InlineIndex } from '../../core/inline/inlineIndex';
import { familyOf } from '../../core/inline/inlineIndex';
import type { Vocabulary } from '../../core/vocabulary';
import { RESULT_SCHEME } from '../resultDocuments';

/** REST Client files, read whatever language id they have (without REST Client installed they are plaintext). */
export const HTTP_FILES: vscode.DocumentFilter = { pattern: '**/*.{http,rest}' };

/** The selector the providers are registered with: the configured languages (any scheme) plus `.http` files. */
export function inlineSelector(languages: readonly string[]): vscode.DocumentFilter[] {
  return [...languages.map((language) => ({ language })), HTTP_FILES];
}

/** Schemes whose documents get diagnostics: the user's own files, not diff views, output or our results. */
const CHECKED_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote']);

export class InlineDocuments {
  private readonly cache = new InlineIndexCache<vscode.TextDocument>();

  /** The contexts of the document's current version. Result documents have their own hovers: empty for them. */
  index(document: vscode.TextDocument): InlineIndex {
    return this.cache.index(document, sourceOf(document));
  }

  problems(document: vscode.TextDocument, vocabulary: Vocabulary): readonly InlineProblem[] {
    return this.cache.problems(document, sourceOf(document), vocabulary);
  }

  forget(document: vscode.TextDocument): void {
    this.cache.delete(document);
  }

  /** Whether checks run on this document at all (its scheme; the language is the selector's business). */
  static isChecked(document: vscode.TextDocument): boolean {
    return CHECKED_SCHEMES.has(document.uri.scheme);
  }
}

function sourceOf(document: vscode.TextDocument): InlineSource {
  return {
    version: document.version,
    family: document.uri.scheme === RESULT_SCHEME ? undefined : familyOf(document.languageId, document.fileName),
    getText: () => document.getText(),
  };
}
