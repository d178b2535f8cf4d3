/** The extension's settings, read through one typed reader; the keys live here and nowhere else. */
import * as vscode from 'vscode';
import { DEFAULT_BASE_URL } from '../../core/request/baseUrl';
import { DEFAULT_VOCABULARY, isVocabulary, type Vocabulary } from '../../core/catalog/vocabulary';

export type SandboxMode = 'auto' | 'always' | 'never';

export interface XApiSettings {
  /** From user settings only: a workspace must not choose where credentials go (see ignoredBaseUrl). */
  readonly baseUrl: string;
  /** A base URL set in workspace or folder settings, which is ignored; undefined when there is none. */
  readonly ignoredBaseUrl: string | undefined;
  readonly sandbox: SandboxMode;
  readonly vocabulary: Vocabulary;
  readonly defaultUserFields: readonly string[];
  readonly defaultTweetFields: readonly string[];
  readonly defaultExpansions: readonly string[];
  readonly timeoutMs: number;
}

export const SECTION = 'xapi';

export const SettingKeys = {
  baseUrl: 'baseUrl',
  sandbox: 'sandbox',
  vocabulary: 'vocabulary',
  defaultUserFields: 'defaultUserFields',
  defaultTweetFields: 'defaultTweetFields',
  defaultExpansions: 'defaultExpansions',
  timeoutMs: 'requestTimeoutMs',
} as const;

function strings(value: unknown): readonly string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Reads the settings, falling back to defaults for values of the wrong type (settings.json is hand-edited). */
export function readSettings(): XApiSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const sandbox = config.get<string>(SettingKeys.sandbox);
  const vocabulary = config.get<string>(SettingKeys.vocabulary);
  const timeout = config.get<number>(SettingKeys.timeoutMs);
  // xapi.baseUrl is application-scoped, so VS Code already ignores workspace values; reading the user value
  // explicitly keeps that true on hosts that would not (and for a manifest edited by mistake).
  const inspected = config.inspect<string>(SettingKeys.baseUrl);
  const baseUrl = inspected?.globalValue;
  const ignored = [inspected?.workspaceFolderValue, inspected?.workspaceValue].find((value) => typeof value === 'string' && value.trim() !== '');
  return {
    // Passed on as typed: normalizeBaseUrl (core/request/baseUrl.ts) is the one place it is trimmed and checked.
    baseUrl: typeof baseUrl === 'string' && baseUrl.trim() !== '' ? baseUrl : DEFAULT_BASE_URL,
    ignoredBaseUrl: ignored,
    sandbox: sandbox === 'always' || sandbox === 'never' ? sandbox : 'auto',
    vocabulary: isVocabulary(vocabulary) ? vocabulary : DEFAULT_VOCABULARY,
    defaultUserFields: strings(config.get(SettingKeys.defaultUserFields)),
    defaultTweetFields: strings(config.get(SettingKeys.defaultTweetFields)),
    defaultExpansions: strings(config.get(SettingKeys.defaultExpansions)),
    timeoutMs: typeof timeout === 'number' && timeout >= 1000 && timeout <= 600_000 ? timeout : 30_000,
  };
}

/** Fires when any xapi.* setting changes. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(SECTION)) listener();
  });
}
