/**
 * `xapi.copyResponseType`: the TypeScript type or Python TypedDict of a lookup's response (core/snippets/responseTypes),
 * copied to the clipboard. The lookup is the argument's, the result document's, or the last one run; with
 * `{ lookup, language }` nothing is asked. Returns the text.
 */
import * as vscode from 'vscode';
import { responseType, TYPE_LANGUAGES, type TypeLanguage } from '../../core/snippets/responseTypes';
import { responseTypeArgs } from '../../core/snippets/responseTypeArgs';
import { requestToWrite, type LastLookupDeps } from './lookupActions';

async function pickLanguage(): Promise<TypeLanguage | undefined> {
  const picked = await vscode.window.showQuickPick(
    TYPE_LANGUAGES.map((language) => ({ label: language.label, id: language.id })),
    { title: vscode.l10n.t('X API: Copy Response Type'), placeHolder: vscode.l10n.t('The language to write the type in') },
  );
  return picked?.id;
}

export async function copyResponseType(deps: LastLookupDeps, args?: unknown): Promise<string | undefined> {
  const parsed = responseTypeArgs(args);
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not written: {0}', parsed.message));
    return undefined;
  }
  const request = requestToWrite(parsed.value.request, args, deps);
  if (!request) return undefined;
  const language = parsed.value.language ?? (await pickLanguage());
  if (!language) return undefined;
  const result = responseType(language, request, deps.runner.state().vocabulary);
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not written: {0}', result.message));
    return undefined;
  }
  await vscode.env.clipboard.writeText(result.code);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('$(copy) Copied the response type'), 3000);
  return result.code;
}
