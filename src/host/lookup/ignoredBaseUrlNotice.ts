/**
 * A repository's `.vscode/settings.json` must not choose where credentials go, so `xapi.baseUrl` is read from user
 * settings only (it is application-scoped). When a workspace sets it anyway, say once (per value, per workspace)
 * that it is ignored, so nobody wonders why the repository's server is not used.
 */
import * as vscode from 'vscode';
import { normalizeBaseUrl, originOf } from '../../core/request/baseUrl';
import { stringSettingInText } from '../../core/request/workspaceBaseUrl';
import { disposeAll, toDisposable } from '../common/lifecycle';
import type { Log } from '../common/log';
import { Settings } from '../common/ids';

const NOTICE_KEY = 'xapi.ignoredBaseUrlNotice';

export function watchIgnoredBaseUrl(workspaceState: vscode.Memento, log: Log): vscode.Disposable {
  const check = async (): Promise<void> => {
    // VS Code drops application-scoped values from workspace settings before inspect() sees them: read the files.
    const ignored = await baseUrlInWorkspaceFiles();
    if (ignored === undefined || workspaceState.get(NOTICE_KEY) === ignored) return;
    await workspaceState.update(NOTICE_KEY, ignored);
    // Only the parsed origin is shown: the raw value comes from a file in someone else's repository.
    const parsed = normalizeBaseUrl(ignored);
    const where = parsed.ok ? originOf(parsed.url) : vscode.l10n.t('an invalid URL');
    log.warn(`ignored xapi.baseUrl from workspace settings (${where}); only user settings choose where credentials go`);
    const open = vscode.l10n.t('Open User Settings');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('This workspace sets xapi.baseUrl to {0}. It is ignored: where your credentials go is set in your user settings only.', where),
      open,
    );
    if (choice === open) await vscode.commands.executeCommand('workbench.action.openSettingsJson');
  };
  const run = (): void => void check().catch((error: unknown) => log.warn(`workspace settings not read: ${error instanceof Error ? error.message : String(error)}`));
  // Off the activation path: the files are read, and watched, once the host is idle.
  const watching: vscode.Disposable[] = [];
  const timer = setTimeout(() => {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.vscode/settings.json', false, false, true);
    watching.push(watcher, watcher.onDidCreate(run), watcher.onDidChange(run), vscode.workspace.onDidChangeWorkspaceFolders(run));
    run();
  }, 0);
  return toDisposable(() => {
    clearTimeout(timer);
    disposeAll(watching);
  });
}

async function baseUrlInWorkspaceFiles(): Promise<string | undefined> {
  const files: { uri: vscode.Uri; kind: 'settings' | 'workspaceFile' }[] = (vscode.workspace.workspaceFolders ?? [])
    .map((folder) => ({ uri: vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json'), kind: 'settings' as const }));
  const workspaceFile = vscode.workspace.workspaceFile;
  if (workspaceFile && workspaceFile.scheme !== 'untitled') files.push({ uri: workspaceFile, kind: 'workspaceFile' });
  for (const { uri, kind } of files) {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      continue; // no such file
    }
    // A settings file is small; a huge one is not worth parsing for this notice.
    if (bytes.byteLength > 1_000_000) continue;
    const found = stringSettingInText(new TextDecoder().decode(bytes), Settings.baseUrl, kind);
    if (found !== undefined) return found;
  }
  return undefined;
}
