/** The one log: a LogOutputChannel whose lines pass through redaction first, so no secret is ever written there. */
import * as vscode from 'vscode';
import { redact } from '../../core/auth/redact';
import { Disposable } from './lifecycle';

export class Log extends Disposable {
  private readonly channel: vscode.LogOutputChannel;
  private secrets: readonly string[] = [];

  constructor(name: string) {
    super();
    this.channel = this._register(vscode.window.createOutputChannel(name, { log: true }));
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
