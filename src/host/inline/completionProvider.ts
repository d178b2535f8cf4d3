/**
 * Completion of enum values inside `user.fields` / `tweet.fields` / `post.fields` / `expansions` contexts, each item
 * documented with its field doc. Values the context already lists are left out (core inlineCompletion).
 */
import * as vscode from 'vscode';
import type { InlineDocuments } from './documents';
import type { InlineSettings } from '../common/settings';

/** Typing one of these inside a context opens the list: a new item, a value, a string, an array. */
export const INLINE_COMPLETION_TRIGGERS: readonly string[] = [',', '=', "'", '"', '['];

export class InlineCompletionProvider implements vscode.CompletionItemProvider {
  constructor(
    private readonly documents: InlineDocuments,
    private readonly settings: () => InlineSettings,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    const settings = this.settings();
    if (!settings.completion) return undefined;
    const index = this.documents.index(document);
    if (index.isEmpty) return undefined;
    const { completionAt, formatFieldDocMarkdown } = this.documents.engine;
    const completion = completionAt(index, document.offsetAt(position), settings.vocabulary);
    if (completion === undefined || completion.items.length === 0) return undefined;
    const range = new vscode.Range(document.positionAt(completion.replaceStart), document.positionAt(completion.replaceEnd));
    const detail = vscode.l10n.t('{0} (spec {1})', completion.param, completion.vocabulary);
    const items = completion.items.map((item, i) => {
      const completionItem = new vscode.CompletionItem(item.value, vscode.CompletionItemKind.EnumMember);
      completionItem.insertText = item.insertText;
      completionItem.filterText = item.value;
      completionItem.range = range;
      completionItem.detail = detail;
      // The enum's own order (alphabetical in the spec), ahead of the editor's word suggestions.
      completionItem.sortText = `0${String(i).padStart(3, '0')}`;
      if (item.doc !== undefined) completionItem.documentation = new vscode.MarkdownString(formatFieldDocMarkdown(item.doc));
      return completionItem;
    });
    return new vscode.CompletionList(items, false);
  }
}
