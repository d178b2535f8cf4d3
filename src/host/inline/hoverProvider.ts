/**
 * Hovers in the user's own code, a thin adapter like the result hovers: the context under the cursor (core, cached
 * per document version), its field doc (core fieldDocs), a Markdown wrapper with a link that runs the lookup showing
 * the field. Only `xapi.lookupUser` may run from the link.
 */
import * as vscode from 'vscode';
import { Commands } from '../common/ids';
import type { InlineDocuments } from './documents';
import type { InlineSettings } from '../common/settings';

export class InlineHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly documents: InlineDocuments,
    private readonly settings: () => InlineSettings,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const settings = this.settings();
    if (!settings.hover) return undefined;
    const index = this.documents.index(document);
    if (index.isEmpty) return undefined;
    const { hoverAt, describeLookup, formatFieldDocMarkdown } = this.documents.engine;
    const info = hoverAt(index, document.offsetAt(position), settings.vocabulary);
    if (info === undefined) return undefined;

    const markdown = new vscode.MarkdownString(undefined, true);
    markdown.isTrusted = { enabledCommands: [Commands.lookupUser] };
    markdown.appendMarkdown(formatFieldDocMarkdown(info.doc));
    if (info.note !== undefined) markdown.appendMarkdown(`\n\n${info.note}`);
    if (info.lookup !== undefined) {
      const args = encodeURIComponent(JSON.stringify(info.lookup));
      const request = describeLookup(info.lookup, settings.vocabulary);
      const label = vscode.l10n.t('Try it: {0}', `\`${request}\``);
      const title = vscode.l10n.t('Runs this lookup; the built-in sandbox answers when no credentials are set');
      markdown.appendMarkdown(`\n\n---\n\n[$(play) ${label}](command:${Commands.lookupUser}?${args} "${title}")`);
    }
    const range = new vscode.Range(document.positionAt(info.start), document.positionAt(info.end));
    return new vscode.Hover(markdown, range);
  }
}
