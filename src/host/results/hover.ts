/**
 * Hovers on result documents, a thin adapter: locate the JSON path under the cursor (core JsonIndex, built once per
 * document), build the Markdown (core resultHoverMarkdown, which escapes everything taken from the response), wrap
 * it in a MarkdownString that trusts only the look-up command. User ids get a "look up" link.
 */
import * as vscode from 'vscode';
import { JsonIndex } from '../../core/response/jsonIndex';
import { Commands, RESULT_SCHEME } from '../common/ids';
import type { LazyModules } from '../common/lazyModules';
import type { ResultDocuments } from './documents';

export class ResultIndexCache {
  private readonly indexes = new WeakMap<vscode.TextDocument, { version: number; index: JsonIndex }>();

  /** The index of a document's text, rebuilt only when the text changed. */
  get(document: vscode.TextDocument): JsonIndex {
    const cached = this.indexes.get(document);
    if (cached && cached.version === document.version) return cached.index;
    const index = JsonIndex.build(document.getText());
    this.indexes.set(document, { version: document.version, index });
    return index;
  }
}

export class ResultHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly results: ResultDocuments,
    private readonly indexes: ResultIndexCache,
    /** The field docs load with dist/inline.js on the first hover, not at activation. */
    private readonly modules: Pick<LazyModules, 'loadInline'>,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const index = this.indexes.get(document);
    const location = index.locate(document.offsetAt(position));
    if (!location) return undefined;
    const entry = this.results.get(document.uri);
    const value = this.modules.loadInline().resultHoverMarkdown(location, {
      lookUpCommand: Commands.lookUpFromResult,
      problemCount: entry?.problems.length,
      // The keys around the hovered value tell a post from a user in `data`, and document a bare object.
      keysAt: (prefix) => index.keysAt(prefix),
    });
    if (value === undefined) return undefined;
    const markdown = new vscode.MarkdownString(value, true);
    // Only our own lookup command may run from a hover link; the response's own text is escaped in core.
    markdown.isTrusted = { enabledCommands: [Commands.lookUpFromResult] };
    markdown.supportHtml = false;
    const range = new vscode.Range(document.positionAt(location.start), document.positionAt(location.end));
    return new vscode.Hover(markdown, range);
  }
}

export function resultSelector(): vscode.DocumentSelector {
  return { scheme: RESULT_SCHEME, language: 'json' };
}
