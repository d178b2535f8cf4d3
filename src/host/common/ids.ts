/**
 * Every command the extension contributes, in one table. A unit test checks it against `contributes.commands` in
 * package.json, so a command cannot be registered without being declared, or declared without being registered.
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
  renameSavedLookup: 'xapi.renameSavedLookup',
  duplicateSavedLookup: 'xapi.duplicateSavedLookup',
  deleteSavedLookup: 'xapi.deleteSavedLookup',
  openSavedLookupInBuilder: 'xapi.openSavedLookupInBuilder',
  exportSavedLookups: 'xapi.exportSavedLookups',
  importSavedLookups: 'xapi.importSavedLookups',
  clearHistory: 'xapi.clearHistory',
  trySandbox: 'xapi.trySandbox',
  showLog: 'xapi.showLog',
  /** Opened from "look up" links in result hovers; takes `{ id }` or `{ username }`. */
  lookUpFromResult: 'xapi.lookUpFromResult',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

/** Commands that are only meant for links and menus, hidden from the palette. */
export const HIDDEN_FROM_PALETTE: readonly CommandId[] = [
  Commands.lookUpFromResult,
  Commands.renameSavedLookup,
  Commands.duplicateSavedLookup,
  Commands.deleteSavedLookup,
  Commands.openSavedLookupInBuilder,
];
