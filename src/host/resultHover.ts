/**
 * Hovers on result documents, a thin adapter: locate the JSON path under the cursor (core JsonIndex, built once per
 * document), look up the field's doc (core fieldDocs), wrap it in Markdown. User ids get a "look up" link.
 */
import * as vscode from 'vscode';
import { docForResponsePath, formatFieldDocMarkdown } from '../core/fieldDocs';
import { JsonIndex, type JsonPathSegment } from '../core/jsonIndex';
import { Commands } from './commandIds';
import { RESULT_SCHEME, type ResultDocuments } from './resultDocuments';

/** Keys whose string values are user ids, wherever they appear in a response. */
const USER_ID_KEYS = new Set(['author_id', 'in_reply_to_user_id', 'user_id', 'id']);
const TWEET_ID_KEYS = new Set(['pinned_tweet_id', 'most_recent_tweet_id', 'pinned_post_id', 'most_recent_post_id']);

/** Whether the value at this path is a user id (as opposed to a tweet id, a profile id, a problem's value). */
function isUserIdPath(path: readonly JsonPathSegment[]): boolean {
  const named = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  if (!named || !USER_ID_KEYS.has(named)) return false;
  const top = path[0];
  if (named === 'id') {
    // `id` is a user id in data and includes.users; in includes.tweets it is a tweet id, in custom profiles a profile id.
    return top === 'data' || (top === 'includes' && path[1] === 'users');
  }
  return true;
}

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
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const location = this.indexes.get(document).locate(document.offsetAt(position));
    if (!location || location.path.length === 0) return undefined;
    const doc = docForResponsePath(location.path);
    const markdown = new vscode.MarkdownString(undefined, true);
    // Only our own lookup command may run from a hover link; nothing else in the text is trusted.
    markdown.isTrusted = { enabledCommands: [Commands.lookUpFromResult] };
    if (doc) markdown.appendMarkdown(formatFieldDocMarkdown(doc));
    else if (location.kind === 'key') markdown.appendMarkdown(`**${location.path.filter((s) => typeof s === 'string').join('.')}**\n\nNot a documented field of the covered endpoints.`);

    if (location.kind === 'value' && location.stringValue !== undefined && /^[0-9]{1,19}$/.test(location.stringValue)) {
      const id = location.stringValue;
      if (isUserIdPath(location.path)) {
        const args = encodeURIComponent(JSON.stringify({ id }));
        markdown.appendMarkdown(`\n\n---\n\n[$(search) Look up user ${id}](command:${Commands.lookUpFromResult}?${args})`);
      } else if (TWEET_ID_KEYS.has(String(location.path[location.path.length - 1]))) {
        markdown.appendMarkdown(`\n\n---\n\nThe tweet itself is in \`includes\` when this request has the matching expansion.`);
      }
    }
    if (markdown.value === '') return undefined;
    const range = new vscode.Range(document.positionAt(location.start), document.positionAt(location.end));
    const entry = this.results.get(document.uri);
    if (entry && location.path[0] === 'errors') {
      markdown.appendMarkdown(`\n\n---\n\n${problemAdvice(entry.problems.length)}`);
    }
    return new vscode.Hover(markdown, range);
  }
}

function problemAdvice(count: number): string {
  return count === 1
    ? 'This error concerns one requested resource; the rest of the response (if any) is still valid.'
    : `${count} errors: each concerns one requested resource or field; the users in \`data\` are still valid.`;
}

export function resultSelector(): vscode.DocumentSelector {
  return { scheme: RESULT_SCHEME, language: 'json' };
}
