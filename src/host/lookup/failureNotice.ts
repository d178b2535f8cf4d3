/**
 * The notification of a failed lookup: what went wrong, what to check (core's adviceFor, by error kind) and a button
 * for each thing to do about it. Its severity is core's failureSeverity, the same the document's diagnostics use.
 */
import * as vscode from 'vscode';
import { adviceFor, failureSeverity, type AdviceAction } from '../../core/response/errorAdvice';
import { describeRequest } from '../../core/request/describe';
import type { LookupRequest } from '../../core/request/lookupRequest';
import type { LookupFailure } from '../../core/response/outcome';
import { summarizeOutcome } from '../../core/response/summary';
import { notificationText } from '../../core/util/markdown';
import { Commands, Settings } from '../common/ids';
import type { Log } from '../common/log';
import { setSandboxMode } from '../common/settings';

function label(action: AdviceAction): string {
  switch (action.kind) {
    case 'openSetting':
      return action.setting === 'baseUrl' ? vscode.l10n.t('Open Settings') : vscode.l10n.t('Change the Timeout');
    case 'useSandbox':
      return vscode.l10n.t('Use the Sandbox');
    case 'setCredentials':
      return vscode.l10n.t('Set Credentials');
    case 'signIn':
      return vscode.l10n.t('Sign In…');
    case 'showLog':
      return vscode.l10n.t('Show Log');
  }
}

/** Asks before every lookup is answered offline, then sets xapi.sandbox to "always" in the user settings. */
export async function useSandboxAfterAsking(): Promise<boolean> {
  const use = vscode.l10n.t('Use the Sandbox');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('Answer every lookup from the offline sandbox?'),
    { modal: true, detail: vscode.l10n.t('This sets xapi.sandbox to "always" in your user settings: no request leaves this machine and your credentials are not used. Set it back to "auto" to send to the X API again.') },
    use,
  );
  if (answer !== use) return false;
  await setSandboxMode('always');
  return true;
}

async function perform(action: AdviceAction, log: Log): Promise<void> {
  switch (action.kind) {
    case 'openSetting':
      await vscode.commands.executeCommand('workbench.action.openSettings', Settings[action.setting]);
      return;
    case 'useSandbox':
      await useSandboxAfterAsking();
      return;
    case 'setCredentials':
      await vscode.commands.executeCommand(Commands.setCredentials);
      return;
    case 'signIn':
      await vscode.commands.executeCommand(Commands.signIn);
      return;
    case 'showLog':
      log.show();
      return;
  }
}

/** Shows the failure of `request` with its advice and buttons; resolves once the user chose (or dismissed it). */
export async function showFailureNotice(request: LookupRequest, outcome: LookupFailure, sandbox: boolean, log: Log): Promise<void> {
  const said = notificationText(summarizeOutcome(request, outcome));
  const { advice, actions } = adviceFor(outcome.error.kind, { sandbox });
  const message = vscode.l10n.t('{0}: {1}', describeRequest(request), said) + (advice !== undefined ? ` ${vscode.l10n.t(advice)}` : '');
  const labels = actions.map(label);
  const shown = failureSeverity(outcome.error.kind) === 'warning'
    ? vscode.window.showWarningMessage(message, ...labels)
    : vscode.window.showErrorMessage(message, ...labels);
  const choice = await shown;
  const index = choice === undefined ? -1 : labels.indexOf(choice);
  if (index >= 0) await perform(actions[index], log);
}
