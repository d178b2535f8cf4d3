/**
 * The extension's settings, read through this one typed reader: the keys are in ids.ts, the defaults in
 * settingDefaults.ts, and no other file calls `getConfiguration`.
 */
import * as vscode from 'vscode';
import { isVocabulary, type Vocabulary } from '../../core/catalog/vocabulary';
import { SETTINGS_SECTION, Settings } from './ids';
import { SANDBOX_MODES, SETTING_DEFAULTS, TIMEOUT_RANGE_MS, type SandboxMode } from './settingDefaults';

export type { SandboxMode };

/** Settings of the inline docs (hovers, completion and checks in the user's own code). */
export interface InlineSettings {
  readonly hover: boolean;
  readonly completion: boolean;
  readonly diagnostics: boolean;
  readonly languages: readonly string[];
  /** In units of 1,024 characters. */
  readonly maxFileSizeKb: number;
  readonly vocabulary: Vocabulary;
}

export interface XApiSettings {
  /** From user settings only: a workspace must not choose where credentials go (host/lookup/ignoredBaseUrlNotice). */
  readonly baseUrl: string;
  readonly sandbox: SandboxMode;
  readonly vocabulary: Vocabulary;
  readonly defaultUserFields: readonly string[];
  readonly defaultTweetFields: readonly string[];
  readonly defaultExpansions: readonly string[];
  readonly timeoutMs: number;
  readonly inline: InlineSettings;
  /** Keep each history entry's response in the extension's storage (xapi.history.keepResponses). */
  readonly keepResponses: boolean;
}

export interface AuthSettings {
  readonly redirectPort: number;
  /** Set by the user; otherwise the base URL's own (core's defaultAuthorizeUrl). */
  readonly authorizeUrl: string | undefined;
  readonly clientId: string;
}

function strings(value: unknown): readonly string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Reads the settings, falling back to defaults for values of the wrong type (settings.json is hand-edited). */
export function readSettings(): XApiSettings {
  // The root configuration, read by full key: the same keys package.json declares.
  const config = vscode.workspace.getConfiguration();
  const sandbox = config.get<unknown>(Settings.sandbox);
  const vocabulary = config.get<unknown>(Settings.vocabulary);
  const timeout = config.get<unknown>(Settings.timeoutMs);
  // xapi.baseUrl is application-scoped, so VS Code already ignores workspace values; reading the user value
  // explicitly keeps that true on hosts that would not (and for a manifest edited by mistake).
  const inspected = config.inspect<string>(Settings.baseUrl);
  const baseUrl = inspected?.globalValue;
  const chosenVocabulary = isVocabulary(vocabulary) ? vocabulary : SETTING_DEFAULTS.vocabulary;
  return {
    // Passed on as typed: normalizeBaseUrl (core/request/baseUrl.ts) is the one place it is trimmed and checked.
    baseUrl: typeof baseUrl === 'string' && baseUrl.trim() !== '' ? baseUrl : SETTING_DEFAULTS.baseUrl,
    sandbox: SANDBOX_MODES.find((mode) => mode === sandbox) ?? SETTING_DEFAULTS.sandbox,
    vocabulary: chosenVocabulary,
    defaultUserFields: strings(config.get(Settings.defaultUserFields)),
    defaultTweetFields: strings(config.get(Settings.defaultTweetFields)),
    defaultExpansions: strings(config.get(Settings.defaultExpansions)),
    timeoutMs: typeof timeout === 'number' && timeout >= TIMEOUT_RANGE_MS.min && timeout <= TIMEOUT_RANGE_MS.max ? timeout : SETTING_DEFAULTS.timeoutMs,
    inline: readInline(config, chosenVocabulary),
    // Anything but an explicit false keeps them, as the default has it.
    keepResponses: config.get<unknown>(Settings.historyKeepResponses) !== false,
  };
}

/**
 * The sign-in settings, read when a sign-in starts rather than with the others at activation (each inspect() is a
 * walk through every configuration layer). Application-scoped like the base URL, so from user settings only.
 */
export function readAuthSettings(): AuthSettings {
  const config = vscode.workspace.getConfiguration();
  const user = <T>(key: string): T | undefined => config.inspect<T>(key)?.globalValue;
  const port = user<unknown>(Settings.authRedirectPort);
  const authorizeUrl = user<unknown>(Settings.authAuthorizeUrl);
  const clientId = user<unknown>(Settings.authClientId);
  return {
    redirectPort: typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535 ? port : SETTING_DEFAULTS.authRedirectPort,
    authorizeUrl: typeof authorizeUrl === 'string' && authorizeUrl.trim() !== '' ? authorizeUrl.trim() : undefined,
    clientId: typeof clientId === 'string' ? clientId.trim() : SETTING_DEFAULTS.authClientId,
  };
}

/** The inline docs' settings alone: what activation reads (the rest waits for the first lookup). */
export function readInlineSettings(): InlineSettings {
  const config = vscode.workspace.getConfiguration();
  const vocabulary = config.get<unknown>(Settings.vocabulary);
  return readInline(config, isVocabulary(vocabulary) ? vocabulary : SETTING_DEFAULTS.vocabulary);
}

function readInline(config: vscode.WorkspaceConfiguration, vocabulary: Vocabulary): InlineSettings {
  // Anything but an explicit false leaves a feature on, as the defaults have it.
  const flag = (key: string): boolean => config.get<unknown>(key) !== false;
  const languages = config.get<unknown>(Settings.inlineLanguages);
  const maxFileSizeKb = config.get<unknown>(Settings.inlineMaxFileSizeKb);
  return {
    hover: flag(Settings.inlineHover),
    completion: flag(Settings.inlineCompletion),
    diagnostics: flag(Settings.inlineDiagnostics),
    languages: Array.isArray(languages)
      ? languages.filter((id): id is string => typeof id === 'string' && id !== '')
      : SETTING_DEFAULTS.inlineLanguages,
    maxFileSizeKb: typeof maxFileSizeKb === 'number' && Number.isFinite(maxFileSizeKb) && maxFileSizeKb > 0 ? maxFileSizeKb : SETTING_DEFAULTS.inlineMaxFileSizeKb,
    vocabulary,
  };
}

/** Fires when any xapi.* setting changes. */
export function onDidChangeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(SETTINGS_SECTION)) listener();
  });
}

/** Sets xapi.sandbox in the user settings (the failure notice's "Use the Sandbox", after the user agreed). */
export async function setSandboxMode(mode: SandboxMode): Promise<void> {
  await vscode.workspace.getConfiguration().update(Settings.sandbox, mode, vscode.ConfigurationTarget.Global);
}

/** The pay-per-use settings: when a bulk lookup asks first, and the daily budget (0: none). */
export interface CostSettings {
  readonly confirmAboveUsd: number;
  readonly dailyBudgetUsd: number;
}

/** Read when a bulk lookup is priced, not at activation. A negative or non-number value means the default. */
export function readCostSettings(): CostSettings {
  const config = vscode.workspace.getConfiguration();
  const usd = (key: string, fallback: number): number => {
    const value = config.get<unknown>(key);
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  return {
    confirmAboveUsd: usd(Settings.costConfirmAboveUsd, SETTING_DEFAULTS.costConfirmAboveUsd),
    dailyBudgetUsd: usd(Settings.costDailyBudgetUsd, SETTING_DEFAULTS.costDailyBudgetUsd),
  };
}
