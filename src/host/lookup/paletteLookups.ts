/**
 * The seven lookup commands. With an argument object they run it (for keybindings, other extensions and tests);
 * bare, they ask with an input box that validates as you type, then a quick pick of the field enums.
 */
import * as vscode from 'vscode';
import { CUSTOM_PROFILES_COUNT, ENDPOINTS, type EndpointId } from '../../core/catalog/endpoints';
import { lookupCommandArgs } from '../../core/request/commandArgs';
import type { LookupRequest } from '../../core/request/lookupRequest';
import { VOCABULARY_FIELDS } from '../../core/catalog/vocabulary';
import type { LazyModules } from '../common/lazyModules';
import type { LookupRunner } from './runner';

interface FieldPick extends vscode.QuickPickItem {
  readonly group?: 'userFields' | 'tweetFields' | 'expansions';
  readonly value?: string;
}

/** The handler of one lookup command. */
/** The field docs shown in the picker load with dist/inline.js when the picker first opens. */
type Docs = Pick<LazyModules, 'loadInline'>;

export function lookupCommand(endpoint: EndpointId, runner: LookupRunner, docs: Docs) {
  return async (args?: unknown): Promise<vscode.Uri | undefined> => {
    if (args !== undefined) {
      const parsed = lookupCommandArgs(args, endpoint);
      if (!parsed.ok) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Not sent: {0}', parsed.message));
        return undefined;
      }
      return runner.run(parsed.value);
    }
    const request = await askForRequest(endpoint, runner, docs);
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

async function askForRequest(endpoint: EndpointId, runner: LookupRunner, docs: Docs): Promise<LookupRequest | undefined> {
  const spec = ENDPOINTS[endpoint];
  const title = vscode.l10n.t('X API: {0} {1}', spec.method, spec.path);
  let request: LookupRequest = { endpoint };
  if (spec.pathParam) {
    const name = spec.pathParam.name;
    const value = await vscode.window.showInputBox({
      title,
      prompt: name === 'id' ? vscode.l10n.t('A numeric id (1 to 19 digits)') : vscode.l10n.t('A username without @ (1 to 15 letters, digits, underscores)'),
      placeHolder: spec.example,
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
      placeHolder: spec.example,
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
      ignoreFocusOut: true,
      validateInput: (text) => (text.trim() === '' ? undefined : fieldMessage(runner, { endpoint, count: Number(text.trim()) }, 'count')),
    });
    if (value === undefined) return undefined;
    if (value.trim() !== '') request = { ...request, count: Number(value.trim()) };
  }
  if (spec.takesFields) {
    const fields = await pickFields(runner, title, docs);
    if (!fields) return undefined;
    request = { ...request, ...fields };
  }
  return request;
}

/** One multi-select pick over user.fields, expansions and tweet.fields, grouped, with each value's doc. */
async function pickFields(runner: LookupRunner, title: string, docs: Docs): Promise<Pick<LookupRequest, 'userFields' | 'tweetFields' | 'expansions'> | undefined> {
  const { docForParameterValue } = docs.loadInline();
  const vocabulary = runner.state().vocabulary;
  const fields = VOCABULARY_FIELDS[vocabulary];
  const items: FieldPick[] = [];
  const group = (label: string, key: FieldPick['group'] & string, param: 'user.fields' | 'tweet.fields' | 'post.fields' | 'expansions', values: readonly string[]): void => {
    items.push({ label, kind: vscode.QuickPickItemKind.Separator });
    for (const value of values) {
      const doc = docForParameterValue(param, value);
      items.push({ label: value, description: param, detail: doc?.description, group: key, value });
    }
  };
  group('user.fields', 'userFields', 'user.fields', fields.userFields);
  group('expansions', 'expansions', 'expansions', fields.expansions);
  group(fields.tweetFieldsParam, 'tweetFields', fields.tweetFieldsParam, fields.tweetFields);
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: vscode.l10n.t('Fields to request (none: id, name and username only); Enter to send'),
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  const of = (key: FieldPick['group']): string[] | undefined => {
    const values = picked.filter((item) => item.group === key && item.value).map((item) => item.value as string);
    return values.length ? values : undefined;
  };
  return { userFields: of('userFields'), expansions: of('expansions'), tweetFields: of('tweetFields') };
}
