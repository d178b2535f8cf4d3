/**
 * `xapi.copyResponseType`: the TypeScript type or Python TypedDict of a lookup's response (core/snippets/responseTypes),
 * copied to the clipboard. The lookup is the argument's, the result document's, or the last one run; with
 * `{ lookup, language }` nothing is asked. Returns the text.
 */
import * as vscode from 'vscode';
import { responseType, TYPE_LANGUAGES, type TypeLanguage } from '../../core/snippets/responseTypes';
import { responseTypeArgs } from '../../core/snippets/responseTypeArgs';
import { requestFromArgs, type LastLookupDeps } from './lookupActions';

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
  const { request: carried } = parsed.value;
  if (carried.kind === 'invalid') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Not written: {0}', carried.message));
    return undefined;
  }
  const request = carried.kind === 'request' ? carried.request : requestFromArgs(args, deps);
  if (!request) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No lookup yet: run one first.'));
    return undefined;
  }
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
