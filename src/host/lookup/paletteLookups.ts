/**
 * The seven lookup commands. With an argument object they run it (for keybindings, other extensions and tests);
 * bare, they ask with an input box that validates as you type, then a quick pick of the field enums: one group per
 * parameter under a separator, each value's doc in plain text, and what was picked last time for the endpoint
 * preselected (remembered in globalState, field names only).
 */
import * as vscode from 'vscode';
import { CUSTOM_PROFILES_COUNT, ENDPOINTS, type EndpointId } from '../../core/catalog/endpoints';
import { lookupCommandArgs } from '../../core/request/commandArgs';
import type { LookupRequest } from '../../core/request/lookupRequest';
import { VOCABULARY_FIELDS } from '../../core/catalog/vocabulary';
import { rememberedPicks, rememberPicks, type FieldPicks } from '../../core/request/fieldPicks';
import { MementoKeys } from '../common/ids';
import type { LazyModules } from '../common/lazyModules';
import type { LookupRunner } from './runner';

export interface FieldPick extends vscode.QuickPickItem {
  readonly group?: 'userFields' | 'tweetFields' | 'expansions';
  readonly value?: string;
}

/** The field docs shown in the picker load with dist/inline.js when the picker first opens. */
type Docs = Pick<LazyModules, 'loadInline'>;

/** Where the picker remembers what was picked, per endpoint (globalState). */
type PickMemory = Pick<vscode.Memento, 'get' | 'update'>;

/** The handler of one lookup command. */
export function lookupCommand(endpoint: EndpointId, runner: LookupRunner, docs: Docs, memory: PickMemory) {
  return async (args?: unknown): Promise<vscode.Uri | undefined> => {
    if (args !== undefined) {
      const parsed = lookupCommandArgs(args, endpoint);
      if (!parsed.ok) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: {0}', parsed.message));
        return undefined;
      }
      return runner.run(parsed.value);
    }
    const request = await askForRequest(endpoint, runner, docs, memory);
    return request ? runner.run(request) : undefined;
  };
}

/** Only the issues about one input, so the box shows the message that concerns what is being typed. */
function fieldMessage(runner: LookupRunner, request: LookupRequest, field: string): string | undefined {
  const result = runner.validate(request);
  if (result.ok) return undefined;
  return result.issues.filter((issue) => issue.field === field).map((issue) => issue.message).join('; ') || undefined;
}

function splitList(text: string): string[] {
  return text.split(/[\s,]+/).filter((item) => item !== '');
}

/** A placeholder that reads as an example, never as a value already typed in (which Enter would not send). */
function example(value: string | undefined): string | undefined {
  return value === undefined ? undefined : vscode.l10n.t('e.g. {0}', value);
}

async function askForRequest(endpoint: EndpointId, runner: LookupRunner, docs: Docs, memory: PickMemory): Promise<LookupRequest | undefined> {
  const spec = ENDPOINTS[endpoint];
  const title = vscode.l10n.t('X API: {0} {1}', spec.method, spec.path);
  let request: LookupRequest = { endpoint };
  if (spec.pathParam) {
    const name = spec.pathParam.name;
    const value = await vscode.window.showInputBox({
      title,
      prompt: name === 'id' ? vscode.l10n.t('A numeric id (1 to 19 digits)') : vscode.l10n.t('A username without @ (1 to 15 letters, digits, underscores)'),
      placeHolder: example(spec.example),
      ignoreFocusOut: true,
      validateInput: (text) => fieldMessage(runner, { endpoint, [name]: text.trim().replace(/^@/, '') }, name),
    });
    if (value === undefined) return undefined;
    request = { ...request, [name]: value.trim().replace(/^@/, '') };
  }
  if (spec.listParam) {
    const name = spec.listParam.name;
    const clean = (text: string): string[] => splitList(text).map((item) => (name === 'usernames' ? item.replace(/^@/, '') : item));
    const value = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('1 to 100 {0}, separated by commas or spaces', name),
      placeHolder: example(spec.example),
      ignoreFocusOut: true,
      validateInput: (text) => fieldMessage(runner, { endpoint, [name]: clean(text) }, name),
    });
    if (value === undefined) return undefined;
    request = { ...request, [name]: clean(value) };
  }
  if (spec.paged) {
    const value = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Page size, {0} to {1} (empty for the default {2})', CUSTOM_PROFILES_COUNT.min, CUSTOM_PROFILES_COUNT.max, CUSTOM_PROFILES_COUNT.default),
      placeHolder: vscode.l10n.t('e.g. {0}; empty for the default ({1})', CUSTOM_PROFILES_COUNT.max, CUSTOM_PROFILES_COUNT.default),
      ignoreFocusOut: true,
      validateInput: (text) => (text.trim() === '' ? undefined : fieldMessage(runner, { endpoint, count: Number(text.trim()) }, 'count')),
    });
    if (value === undefined) return undefined;
    if (value.trim() !== '') request = { ...request, count: Number(value.trim()) };
  }
  if (spec.takesFields) {
    const fields = await pickFields(endpoint, runner, title, docs, memory);
    if (!fields) return undefined;
    request = { ...request, ...fields };
  }
  return request;
}

/**
 * The picker's rows: a separator per parameter, then its values, each with its doc in plain text. The parameter is
 * named on a row only where the same value is in another group too (`created_at`), since a filtered list can show
 * the two rows side by side; `picked` marks what `preselect` holds.
 */
export function fieldPickItems(
  fields: (typeof VOCABULARY_FIELDS)[keyof typeof VOCABULARY_FIELDS],
  /** The plain-text doc of one value (fieldDocs' plainDescription of docForParameterValue). */
  docFor: (param: 'user.fields' | 'tweet.fields' | 'post.fields' | 'expansions', value: string) => string | undefined,
  preselect: FieldPicks,
): FieldPick[] {
  const groups = [
    { key: 'userFields', param: 'user.fields', values: fields.userFields },
    { key: 'expansions', param: 'expansions', values: fields.expansions },
    { key: 'tweetFields', param: fields.tweetFieldsParam, values: fields.tweetFields },
  ] as const;
  const items: FieldPick[] = [];
  for (const { key, param, values } of groups) {
    items.push({ label: param, kind: vscode.QuickPickItemKind.Separator });
    const chosen = new Set(preselect[key]);
    for (const value of values) {
      const doc = docFor(param, value);
      const elsewhere = groups.some((other) => other.key !== key && other.values.includes(value));
      items.push({
        label: value,
        ...(elsewhere ? { description: param } : {}),
        ...(doc ? { detail: doc } : {}),
        picked: chosen.has(value),
        group: key,
        value,
      });
    }
  }
  return items;
}

/** One multi-select pick over user.fields, expansions and tweet.fields, grouped, with each value's doc. */
async function pickFields(endpoint: EndpointId, runner: LookupRunner, title: string, docs: Docs, memory: PickMemory): Promise<Pick<LookupRequest, 'userFields' | 'tweetFields' | 'expansions'> | undefined> {
  const { docForParameterValue, plainDescription } = docs.loadInline();
  const vocabulary = runner.state().vocabulary;
  const stored = memory.get<unknown>(MementoKeys.fieldPicks);
  const docFor = (param: Parameters<typeof docForParameterValue>[0], value: string): string | undefined => {
    const doc = docForParameterValue(param, value);
    return doc && plainDescription(doc);
  };
  const items = fieldPickItems(VOCABULARY_FIELDS[vocabulary], docFor, rememberedPicks(stored, endpoint, vocabulary));
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: vscode.l10n.t('Fields to request (none: id, name and username only); Enter to send'),
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  const of = (key: FieldPick['group']): string[] => picked.filter((item) => item.group === key && item.value).map((item) => item.value as string);
  const picks: FieldPicks = { userFields: of('userFields'), expansions: of('expansions'), tweetFields: of('tweetFields') };
  // Remembered for next time before the lookup is sent; a failure to store costs only the preselection.
  void Promise.resolve(memory.update(MementoKeys.fieldPicks, rememberPicks(stored, endpoint, picks, vocabulary))).catch(() => undefined);
  const orNone = (values: readonly string[]): string[] | undefined => (values.length ? [...values] : undefined);
  return { userFields: orNone(picks.userFields), expansions: orNone(picks.expansions), tweetFields: orNone(picks.tweetFields) };
}
