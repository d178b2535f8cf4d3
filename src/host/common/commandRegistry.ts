/** Registers the command table through one wrapper that logs each call's failure and shows it to the user. */
import * as vscode from 'vscode';
import { Commands, type CommandId } from './ids';
import type { Log } from './log';

export type CommandHandler = (...args: unknown[]) => unknown;

/** A handler for every command of the table: the type makes a missing one a compile error. */
export type CommandHandlers = Readonly<Record<keyof typeof Commands, CommandHandler>>;

/** `log` is asked for at the first failure: the log is made after activation. */
export function registerCommands(handlers: CommandHandlers, log: () => Pick<Log, 'error'>): vscode.Disposable[] {
  return (Object.keys(Commands) as (keyof typeof Commands)[]).map((name) => {
    const id: CommandId = Commands[name];
    const handler = handlers[name];
    return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log().error(`${id} failed: ${error instanceof Error && error.stack ? error.stack : message}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('X API: {0}', message));
        return undefined;
      }
    });
  });
}
