/**
 * How a command of the table runs: activation registers every command the manifest declares (the same list as the
 * table, checked by the manifest test) as a call of the app's runner, which finds the handler and logs each failure
 * and shows it to the user.
 */
import * as vscode from 'vscode';
import { Commands } from './ids';
import type { Log } from './log';

export type CommandHandler = (...args: unknown[]) => unknown;

/** A handler for every command of the table: the type makes a missing one a compile error. */
export type CommandHandlers = Readonly<Record<keyof typeof Commands, CommandHandler>>;

/** Runs a command by its id. */
export type CommandRunner = (id: string, args: readonly unknown[]) => Promise<unknown>;

const namesById: ReadonlyMap<string, keyof typeof Commands> = new Map((Object.keys(Commands) as (keyof typeof Commands)[]).map((name) => [Commands[name], name]));

export function commandRunner(handlers: CommandHandlers, log: Pick<Log, 'error'>): CommandRunner {
  return async (id, args) => {
    try {
      const name = namesById.get(id);
      if (name === undefined) throw new Error(vscode.l10n.t('{0} is not a command of X API Explorer', id));
      return await handlers[name](...args);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.error(`${id} failed: ${error instanceof Error && error.stack ? error.stack : message}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('X API: {0}', message));
      return undefined;
    }
  };
}
