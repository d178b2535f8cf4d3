/**
 * The value each setting has when the user has not set it (or set it to something of the wrong type, since
 * settings.json is edited by hand). They are package.json's `default`s: the manifest unit test asserts that the two
 * agree, key by key, so neither can change alone. No `vscode` here, so that test runs without an editor.
 */
import { DEFAULT_VOCABULARY, VOCABULARIES, type Vocabulary } from '../../core/catalog/vocabulary';
import { DEFAULT_BASE_URL } from '../../core/request/baseUrl';
import type { Settings } from './ids';

import { DEFAULT_REDIRECT_PORT, X_AUTHORIZE_URL } from '../../core/auth/oauth2Authorize';
import { SANDBOX_MODES, type SandboxMode } from '../../core/request/connectionMode';

/** The values of `xapi.sandbox`, as its `enum` lists them (the lookup plan owns what each means). */
export { SANDBOX_MODES, type SandboxMode };

/** The values of `xapi.vocabulary`, as its `enum` lists them. */
export const VOCABULARY_SETTING_VALUES: readonly Vocabulary[] = VOCABULARIES;

/** The range of `xapi.requestTimeoutMs`, as its `minimum` and `maximum` state it. */
export const TIMEOUT_RANGE_MS = { min: 1000, max: 600_000 } as const;

/** The default of every setting, by its key in the Settings table. */
export const SETTING_DEFAULTS = {
  baseUrl: DEFAULT_BASE_URL,
  sandbox: 'auto' as SandboxMode,
  vocabulary: DEFAULT_VOCABULARY,
  defaultUserFields: [] as readonly string[],
  defaultTweetFields: [] as readonly string[],
  defaultExpansions: [] as readonly string[],
  timeoutMs: 30_000,
  inlineHover: true,
  inlineCompletion: true,
  inlineDiagnostics: true,
  /** The language ids read by default; `.http`/`.rest` files are also read by extension whatever their language id. */
  inlineLanguages: ['typescript', 'javascript', 'typescriptreact', 'javascriptreact', 'python', 'http', 'json', 'jsonc', 'markdown'] as readonly string[],
  /** Documents larger than this (in units of 1,024 characters) are not read by the inline docs. */
  inlineMaxFileSizeKb: 1024,
  /** The port of the registered redirect URI `http://127.0.0.1:<port>/callback`. */
  authRedirectPort: DEFAULT_REDIRECT_PORT,
  authAuthorizeUrl: X_AUTHORIZE_URL,
  /** Empty: the user registers an app and enters its client id (the sandbox has its own). */
  authClientId: '',
  /** Keep each history entry's response, so a click reopens it instead of sending again. */
  historyKeepResponses: true,
  /** A bulk lookup estimated above this many US dollars asks before sending. */
  costConfirmAboveUsd: 1,
  /** 0: no daily budget. */
  costDailyBudgetUsd: 0,
} as const satisfies Readonly<Record<keyof typeof Settings, unknown>>;
