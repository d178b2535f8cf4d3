/** The one log: a LogOutputChannel whose lines pass through redaction first, so no secret is ever written there. */
import * as vscode from 'vscode';
import { redact } from '../../core/auth/redact';
import { Disposable } from './lifecycle';

export class Log extends Disposable {
  private made: vscode.LogOutputChannel | undefined;
  private secrets: readonly string[] = [];

  /**
   * The channel is made on the first line, not at activation (a log channel opens a file), and `firstLine` opens
   * it, so every log says which editor wrote it.
   */
  constructor(private readonly name: string, private readonly firstLine?: () => string) {
    super();
  }

  private get channel(): vscode.LogOutputChannel {
    if (!this.made) {
      this.made = this._register(vscode.window.createOutputChannel(this.name, { log: true }));
      if (this.firstLine) this.made.info(this.firstLine());
    }
    return this.made;
  }

  /** The current secrets, blanked wherever they would appear; refreshed whenever credentials change. */
  setSecrets(secrets: readonly string[]): void {
    this.secrets = secrets;
  }

  info(message: string): void {
    this.channel.info(redact(message, this.secrets));
  }

  warn(message: string): void {
    this.channel.warn(redact(message, this.secrets));
  }

  error(message: string): void {
    this.channel.error(redact(message, this.secrets));
  }

  show(): void {
    this.channel.show(true);
  }
}
