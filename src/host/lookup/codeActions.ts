/**
 * `xapi.copyAsCode` and `xapi.insertAsCode`: the lookup as code in the client the user picks (core/snippets), copied
 * or inserted at the cursor. With `{ target, lookup }` nothing is asked; both return the snippet.
 */
import * as vscode from 'vscode';
import { codeArgs } from '../../core/snippets/codeArgs';
import { snippetFor } from '../../core/snippets/snippetFor';
import { SANDBOX_SNIPPET_PORT } from '../../core/snippets/sandboxSnippet';
import { SNIPPET_TARGETS, type SnippetTargetId } from '../../core/snippets/targets';
import { RESULT_SCHEME } from '../common/ids';
import { requestToWrite, type LastLookupDeps } from './lookupActions';

async function pickTarget(): Promise<SnippetTargetId | undefined> {
  const picked = await vscode.window.showQuickPick(
    SNIPPET_TARGETS.map((target) => ({ label: target.label, description: target.id, id: target.id })),
    { title: vscode.l10n.t('X API: Copy as Code'), placeHolder: vscode.l10n.t('The client to write the lookup for') },
  );
  return picked?.id;
}

/** The snippet for the argument's (or the current) lookup, or undefined after telling the user why not. */
async function snippet(deps: LastLookupDeps, args: unknown): Promise<string | undefined> {
  const parsed = codeArgs(args);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not written: {0}', parsed.message));
    return undefined;
  }
  const request = requestToWrite(parsed.value.request, args, deps);
  if (!request) return undefined;
  const target = parsed.value.target ?? (await pickTarget());
  if (!target) return undefined;
  const state = deps.runner.state();
  // The sandbox inside VS Code is out of reach of a terminal: the code points at one the user starts on the port the
  // README uses (`x-api-explorer sandbox --port 8080`), whose credentials that command prints.
  const baseUrl = state.sandbox ? `http://127.0.0.1:${SANDBOX_SNIPPET_PORT}` : state.baseUrl;
  const result = snippetFor(target, { request, auth: state.auth, vocabulary: state.vocabulary, baseUrl });
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not written: {0}', result.message));
    return undefined;
  }
  return state.sandbox
    ? `${target.startsWith('typescript-') ? '//' : '#'} For a sandbox you start: x-api-explorer sandbox --port ${SANDBOX_SNIPPET_PORT} (it prints the credentials to export).\n${result.code}`
    : result.code;
}

export async function copyAsCode(deps: LastLookupDeps, args?: unknown): Promise<string | undefined> {
  const text = await snippet(deps, args);
  if (text === undefined) return undefined;
  await vscode.env.clipboard.writeText(text);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('$(copy) Copied as code'), 3000);
  return text;
}

export async function insertAsCode(deps: LastLookupDeps, args?: unknown): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.scheme === RESULT_SCHEME) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an editor to insert the code into.'));
    return undefined;
  }
  const text = await snippet(deps, args);
  if (text === undefined) return undefined;
  await editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, text);
  });
  return text;
}
