/** The inline docs' settings as a store that re-reads them on change; the reading itself is common/settings.ts. */
import * as vscode from 'vscode';
import { onDidChangeSettings, readInlineSettings, type InlineSettings } from '../common/settings';
import { Disposable } from '../common/lifecycle';

/** The current inline settings, re-read whenever an `xapi.*` setting changes. */
export class InlineSettingsStore extends Disposable {
  private value = readInlineSettings();
  private readonly emitter = this._register(new vscode.EventEmitter<{ readonly previous: InlineSettings; readonly current: InlineSettings }>());

  constructor() {
    super();
    this._register(onDidChangeSettings(() => {
      const previous = this.value;
      this.value = readInlineSettings();
      this.emitter.fire({ previous, current: this.value });
    }));
  }

  /** Fires after a change of any `xapi.*` setting, with the settings before and after. */
  readonly onDidChange = this.emitter.event;

  get current(): InlineSettings {
    return this.value;
  }
}
