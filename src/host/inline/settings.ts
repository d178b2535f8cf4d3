/**
 * Settings of the inline docs (hovers, completion and checks in the user's own code): one typed reader, keys in one
 * place, a store that re-reads on change. The vocabulary comes from the main settings reader.
 */
import * as vscode from 'vscode';
import type { Vocabulary } from '../../core/catalog/vocabulary';
import { onDidChangeSettings, readSettings, SECTION } from '../common/settings';

/** Keys under the `xapi` section. */
export const InlineSettingKeys = {
  hover: 'inline.hover',
  completion: 'inline.completion',
  diagnostics: 'inline.diagnostics',
  languages: 'inline.languages',
  maxFileSizeKb: 'inline.maxFileSizeKb',
} as const;

/** Documents larger than this are not read by the inline docs (a generated bundle, a data dump). */
export const DEFAULT_MAX_FILE_SIZE_KB = 1024;

/** The language ids read by default; `.http`/`.rest` files are also read by extension whatever their language id. */
export const DEFAULT_INLINE_LANGUAGES: readonly string[] = [
  'typescript', 'javascript', 'typescriptreact', 'javascriptreact', 'python', 'http', 'json', 'jsonc', 'markdown',
];

export interface InlineSettings {
  readonly hover: boolean;
  readonly completion: boolean;
  readonly diagnostics: boolean;
  readonly languages: readonly string[];
  /** In units of 1,024 characters. */
  readonly maxFileSizeKb: number;
  readonly vocabulary: Vocabulary;
}

/** Reads the settings, falling back to defaults for values of the wrong type (settings.json is hand-edited). */
export function readInlineSettings(): InlineSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const flag = (key: string): boolean => config.get<unknown>(key) !== false;
  const languages = config.get<unknown>(InlineSettingKeys.languages);
  const maxFileSizeKb = config.get<unknown>(InlineSettingKeys.maxFileSizeKb);
  return {
    hover: flag(InlineSettingKeys.hover),
    completion: flag(InlineSettingKeys.completion),
    diagnostics: flag(InlineSettingKeys.diagnostics),
    languages: Array.isArray(languages)
      ? languages.filter((id): id is string => typeof id === 'string' && id !== '')
      : DEFAULT_INLINE_LANGUAGES,
    maxFileSizeKb: typeof maxFileSizeKb === 'number' && Number.isFinite(maxFileSizeKb) && maxFileSizeKb > 0 ? maxFileSizeKb : DEFAULT_MAX_FILE_SIZE_KB,
    vocabulary: readSettings().vocabulary,
  };
}

/** The current inline settings, re-read whenever an `xapi.*` setting changes. */
export class InlineSettingsStore implements vscode.Disposable {
  private value = readInlineSettings();
  private readonly emitter = new vscode.EventEmitter<{ readonly previous: InlineSettings; readonly current: InlineSettings }>();
  private readonly listener = onDidChangeSettings(() => {
    const previous = this.value;
    this.value = readInlineSettings();
    this.emitter.fire({ previous, current: this.value });
  });

  /** Fires after a change of any `xapi.*` setting, with the settings before and after. */
  readonly onDidChange = this.emitter.event;

  get current(): InlineSettings {
    return this.value;
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
