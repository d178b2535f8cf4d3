/**
 * Every id the extension shares with its manifest (package.json) and with VS Code, in one place: commands, views,
 * context keys, the values tree items match in menus, the webview type, the result scheme and the settings keys. No
 * other file spells one out. This file imports nothing, so the manifest unit test (test/unit/manifest.test.ts) reads
 * it without an editor and checks each table against package.json both ways.
 */

/**
 * Every command the extension contributes. The manifest test checks it against `contributes.commands`, so a command
 * cannot be registered without being declared, or declared without being registered.
 */
export const Commands = {
  lookupUser: 'xapi.lookupUser',
  lookupUsers: 'xapi.lookupUsers',
  lookupUserByUsername: 'xapi.lookupUserByUsername',
  lookupUsersByUsernames: 'xapi.lookupUsersByUsernames',
  lookupMe: 'xapi.lookupMe',
  lookupCustomProfile: 'xapi.lookupCustomProfile',
  listCustomProfiles: 'xapi.listCustomProfiles',
  openRequestBuilder: 'xapi.openRequestBuilder',
  setCredentials: 'xapi.setCredentials',
  clearCredentials: 'xapi.clearCredentials',
  saveLookup: 'xapi.saveLookup',
  runSavedLookup: 'xapi.runSavedLookup',
  rerunLastLookup: 'xapi.rerunLastLookup',
  copyAsCurl: 'xapi.copyAsCurl',
  copyAsCode: 'xapi.copyAsCode',
  insertAsCode: 'xapi.insertAsCode',
  copyResponseType: 'xapi.copyResponseType',
  renameSavedLookup: 'xapi.renameSavedLookup',
  duplicateSavedLookup: 'xapi.duplicateSavedLookup',
  deleteSavedLookup: 'xapi.deleteSavedLookup',
  openSavedLookupInBuilder: 'xapi.openSavedLookupInBuilder',
  exportSavedLookups: 'xapi.exportSavedLookups',
  importSavedLookups: 'xapi.importSavedLookups',
  clearHistory: 'xapi.clearHistory',
  /** History entries' own commands (their menu and keys), apart from the saved lookups'. */
  rerunHistoryEntry: 'xapi.rerunHistoryEntry',
  saveHistoryEntry: 'xapi.saveHistoryEntry',
  deleteHistoryEntry: 'xapi.deleteHistoryEntry',
  filterHistory: 'xapi.filterHistory',
  clearHistoryFilter: 'xapi.clearHistoryFilter',
  trySandbox: 'xapi.trySandbox',
  showLog: 'xapi.showLog',
  signIn: 'xapi.signIn',
  signOut: 'xapi.signOut',
  switchAccount: 'xapi.switchAccount',
  /** Opened from "look up" links in result hovers; takes `{ id }` or `{ username }`. */
  lookUpFromResult: 'xapi.lookUpFromResult',
  /** A click on a History entry: reopens its kept response, sending nothing. Takes `{ historyId }`. */
  openHistoryEntry: 'xapi.openHistoryEntry',
  /** The editor-title button of a result: reruns the lookup of that document. */
  rerunThisLookup: 'xapi.rerunThisLookup',
  showResponseHeaders: 'xapi.showResponseHeaders',
  copyResponse: 'xapi.copyResponse',
  compareWithPrevious: 'xapi.compareWithPrevious',
  compareHistoryEntries: 'xapi.compareHistoryEntries',
  /** Bulk lookups of the selection or the whole file (a CSV/TSV file: one column of it), in batches of 100. */
  bulkLookupUsers: 'xapi.bulkLookupUsers',
  bulkLookupUsersByUsernames: 'xapi.bulkLookupUsersByUsernames',
  /** Continues a cancelled or stopped bulk lookup from its first batch not done, even after a reload. */
  resumeBulkLookup: 'xapi.resumeBulkLookup',
  /** Stops the running bulk lookup after the batch in flight (the notification's Cancel does the same). */
  cancelBulkLookup: 'xapi.cancelBulkLookup',
  /** A bulk result's users streamed to a file; `{ uri?, target? }` for automation. */
  exportBulkResultAsNdjson: 'xapi.exportBulkResultAsNdjson',
  exportBulkResultAsCsv: 'xapi.exportBulkResultAsCsv',
  /** What pay-per-use billed, by day, endpoint and account, from the local spend ledger. */
  showSpendReport: 'xapi.showSpendReport',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

/**
 * Commands that are only meant for links and menus, hidden from the palette. Literals (the type checks each against
 * the table) rather than `Commands.x` reads, which the bundler must keep: this module's table would then be part of
 * every bundle that imports any id from here, activation's included.
 */
export const HIDDEN_FROM_PALETTE: readonly CommandId[] = [
  'xapi.lookUpFromResult',
  'xapi.renameSavedLookup',
  'xapi.duplicateSavedLookup',
  'xapi.deleteSavedLookup',
  'xapi.openSavedLookupInBuilder',
  'xapi.openHistoryEntry',
  'xapi.rerunHistoryEntry',
  'xapi.saveHistoryEntry',
  'xapi.deleteHistoryEntry',
];

/** The activity-bar container of the views. */
export const VIEW_CONTAINER = 'xapi';

/** The views of `contributes.views.xapi`. */
export const Views = {
  savedLookups: 'xapi.savedLookups',
  history: 'xapi.history',
} as const;

/** Context keys the extension sets with `setContext`, read by `when` clauses of the manifest. */
export const ContextKeys = {
  /** A lookup has run in this window, so Save Lookup and Rerun Last Lookup have something to work on. */
  hasLastLookup: 'xapi.hasLastLookup',
  /** The History view shows only the entries matching a filter. */
  historyFiltered: 'xapi.historyFiltered',
  /** A bulk lookup is sending: Cancel Bulk Lookup is offered in the palette. */
  bulkRunning: 'xapi.bulkRunning',
} as const;

/** Keys of what the extension keeps in `globalState` (never a secret). */
export const MementoKeys = {
  /** The field picker's last picks, per endpoint: field names only (core/request/fieldPicks.ts). */
  fieldPicks: 'xapi.fieldPicks',
  /** The bulk lookup to resume: its plan's input (values and field names) and its progress record, no secret. */
  bulkResume: 'xapi.bulkResume',
} as const;

/**
 * The ports the in-editor sandbox tries first, in order, before it takes any free one. The manifest's
 * `configurationDefaults` marks this range `"onAutoForward": "ignore"` in `remote.portsAttributes`, so VS Code's
 * automatic port forwarding (a remote or code-server window) neither forwards it nor lists it in the Ports view.
 */
export const SANDBOX_PORTS = { first: 47_900, last: 47_919 } as const;

/** The `contextValue` of tree items, matched by `viewItem == ...` in the manifest's menus. */
export const TreeItemContexts = {
  savedLookup: 'savedLookup',
  historyEntry: 'historyEntry',
  folder: 'savedLookupFolder',
  endpoint: 'savedLookupEndpoint',
} as const;

/** The request builder's webview panel type (`onWebviewPanel:` activation, the panel serializer). */
export const BUILDER_VIEW_TYPE = 'xapi.requestBuilder';

/** The URI scheme of result documents (`onFileSystem:` activation, `resourceScheme ==` in menus). */
export const RESULT_SCHEME = 'x-api-result';

/** The id of the status bar item. */
export const STATUS_BAR_ITEM = 'xapi.status';

/** The section of every setting; `affectsConfiguration(SETTINGS_SECTION)` covers them all. */
export const SETTINGS_SECTION = 'xapi';

/**
 * Every setting, by its full key as the `properties` of `contributes.configuration` declare it (two nodes: "X API"
 * and "X API: Inline Docs", so the settings editor shows no "Xapi:" prefix). Read only through
 * host/common/settings.ts; their defaults are in settingDefaults.ts.
 */
export const Settings = {
  baseUrl: 'xapi.baseUrl',
  sandbox: 'xapi.sandbox',
  vocabulary: 'xapi.vocabulary',
  defaultUserFields: 'xapi.defaultUserFields',
  defaultTweetFields: 'xapi.defaultTweetFields',
  defaultExpansions: 'xapi.defaultExpansions',
  timeoutMs: 'xapi.requestTimeoutMs',
  inlineHover: 'xapi.inline.hover',
  inlineCompletion: 'xapi.inline.completion',
  inlineDiagnostics: 'xapi.inline.diagnostics',
  inlineLanguages: 'xapi.inline.languages',
  inlineMaxFileSizeKb: 'xapi.inline.maxFileSizeKb',
  authRedirectPort: 'xapi.auth.redirectPort',
  authAuthorizeUrl: 'xapi.auth.authorizeUrl',
  authClientId: 'xapi.auth.clientId',
  historyKeepResponses: 'xapi.history.keepResponses',
  costConfirmAboveUsd: 'xapi.cost.confirmAboveUsd',
  costDailyBudgetUsd: 'xapi.cost.dailyBudgetUsd',
} as const;

export type SettingId = (typeof Settings)[keyof typeof Settings];
