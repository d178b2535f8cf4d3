// Inside a real VS Code host: History entries reopen their kept response without a request reaching the server, the
// headers and raw request show with secrets masked, results compare in the diff editor, a rerun reuses its tab, and
// the notifications after Set/Clear Credentials and a network failure say where lookups go and what to check. The
// server is a node:http server of the test's own on 127.0.0.1 that counts every request it gets.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { XApiExplorerApi } from '../../src/extension';
import { Commands } from '../../src/host/common/ids';
import { StatusBar } from '../../src/host/lookup/statusBar';
import { captureMessages, type Capture } from '../support/messageCapture';
import { until } from '../support/polling';

const EXTENSION_ID = 'x-api-explorer.x-api-explorer';
const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAHistoryResultsTestBearerToken0123';
const NOT_FOUND_ID = '404404';

interface CountingServer {
  readonly url: string;
  count(): number;
  close(): Promise<void>;
}

/**
 * Answers /2/users/:id with that user (or, for NOT_FOUND_ID, a 200 holding only a not-found error, as X does), with
 * headers that must never be shown or kept as they are: a cookie and the Authorization header echoed back.
 */
async function countingServer(): Promise<CountingServer> {
  let count = 0;
  const server = http.createServer((request, response) => {
    count++;
    const id = /^\/2\/users\/(\d+)/.exec(request.url ?? '')?.[1] ?? '0';
    const auth = request.headers.authorization ?? '';
    const headers = {
      'content-type': 'application/json',
      'set-cookie': `sid=${auth.slice(7, 30)}; Path=/`,
      'x-echo-authorization': auth,
      'x-echo': `you sent ${auth}`,
      'x-rate-limit-limit': '900',
      'x-rate-limit-remaining': String(900 - count),
      'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 900),
    };
    const body = id === NOT_FOUND_ID
      ? { errors: [{ value: id, detail: `Could not find user with id: [${id}].`, title: 'Not Found Error', resource_type: 'user', parameter: 'id', resource_id: id, type: 'https://api.twitter.com/2/problems/resource-not-found' }] }
      : { data: { id, name: `User ${id}`, username: `user_${id}`, created_at: '2013-12-14T04:35:55.000Z' } };
    response.writeHead(200, headers).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    count: () => count,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface StoredEntry {
  readonly id: string;
  readonly request: { readonly id?: string };
  readonly stored?: boolean;
  readonly origin?: string;
  readonly account?: string;
}

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('xapi');
}

async function run(command: string, args?: unknown): Promise<vscode.Uri> {
  const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(command, args);
  assert.ok(uri, `${command} opened no result`);
  return uri;
}

async function hoverText(document: vscode.TextDocument, key: string): Promise<string> {
  const position = document.positionAt(document.getText().indexOf(`"${key}"`) + 1);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

async function lensCommands(uri: vscode.Uri): Promise<{ titles: string[]; commands: string[] }> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return { titles: lenses.map((l) => l.command?.title ?? ''), commands: lenses.map((l) => l.command?.command ?? '') };
}

function resultTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'x-api-result');
}

describe('history, results and credentials notices', function () {
  this.timeout(30_000);
  let api: XApiExplorerApi;
  let server: CountingServer;
  let capture: Capture | undefined;

  const storeFile = (): string => path.join(api.globalStorageUri.fsPath, 'lookups.json');
  const responsesDir = (): string => path.join(api.globalStorageUri.fsPath, 'responses');
  /** The newest History entry of the user `id`, once written (with `stored` settled). */
  const historyEntryOf = (id: string): Promise<StoredEntry> => until(`the history entry of ${id}`, () => {
    if (!fs.existsSync(storeFile())) return undefined;
    const history = (JSON.parse(fs.readFileSync(storeFile(), 'utf8')) as { history: StoredEntry[] }).history;
    return history.find((h) => h.request.id === id);
  });

  before(async () => {
    const extension = vscode.extensions.getExtension<XApiExplorerApi>(EXTENSION_ID);
    assert.ok(extension);
    api = await extension.activate();
    server = await countingServer();
    await config().update('sandbox', 'auto', vscode.ConfigurationTarget.Global);
    await config().update('baseUrl', server.url, vscode.ConfigurationTarget.Global);
    assert.equal(await vscode.commands.executeCommand(Commands.setCredentials, { kind: 'bearer', token: TOKEN }), 'bearer');
  });

  afterEach(async () => {
    capture?.restore();
    capture = undefined;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.commands.executeCommand(Commands.clearCredentials, {});
    await config().update('baseUrl', undefined, vscode.ConfigurationTarget.Global);
    await config().update('sandbox', 'auto', vscode.ConfigurationTarget.Global);
    await config().update('history.keepResponses', undefined, vscode.ConfigurationTarget.Global);
    await server.close();
  });

  it('says where lookups now go after Set Credentials, and names what Clear Credentials cleared', async () => {
    capture = captureMessages();
    assert.equal(await vscode.commands.executeCommand(Commands.setCredentials, { kind: 'bearer', token: TOKEN }), 'bearer');
    const set = await capture.next(/saved in the secret store/);
    assert.equal(set.message, `App-only Bearer token saved in the secret store. Lookups now go to ${server.url} with the app-only Bearer token.`);

    // The bare command's list names each kind as people do, never the raw "bearer".
    const window = vscode.window as unknown as { showQuickPick: (items: unknown) => Thenable<unknown> };
    const original = window.showQuickPick;
    let offered: { label: string; authKind?: string }[] = [];
    window.showQuickPick = async (items: unknown) => {
      offered = (await items) as { label: string; authKind?: string }[];
      return offered.find((item) => item.authKind === 'bearer');
    };
    try {
      assert.equal(await vscode.commands.executeCommand(Commands.clearCredentials), true);
    } finally {
      window.showQuickPick = original;
    }
    assert.deepEqual(offered.map((item) => item.label), ['All credentials', 'App-only Bearer token']);
    const cleared = await capture.next(/^Cleared/);
    assert.equal(cleared.message, 'Cleared the app-only Bearer token from the secret store. Lookups now go to the offline sandbox.');
    assert.equal(await vscode.commands.executeCommand(Commands.setCredentials, { kind: 'bearer', token: TOKEN }), 'bearer');
  });

  it('reopens a History entry from its stored response without a request reaching the server', async () => {
    const before = server.count();
    const uri = await run(Commands.lookupUser, { id: '9100001' });
    assert.equal(server.count(), before + 1);
    const original = (await vscode.workspace.openTextDocument(uri)).getText();
    const entry = await historyEntryOf('9100001');
    assert.equal(entry.stored, true);
    assert.equal(entry.origin, server.url);
    assert.equal(entry.account, 'pasted Bearer token');
    const file = path.join(responsesDir(), `${entry.id}.json`);
    await until('the stored response file', () => (fs.existsSync(file) ? true : undefined));
    const kept = fs.readFileSync(file, 'utf8');
    assert.ok(!kept.includes(TOKEN), 'no secret in the stored response');
    assert.doesNotMatch(kept, /set-cookie|sid=/);

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const reopened = await run(Commands.openHistoryEntry, { historyId: entry.id });
    const document = await vscode.workspace.openTextDocument(reopened);
    assert.equal(document.getText(), original);
    assert.equal(document.languageId, 'json');
    assert.match(reopened.path, /user 9100001 · 200 · stored .*\.json$/);
    assert.equal(server.count(), before + 1, 'reopening sent nothing');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), reopened.toString());
    // The same hovers and lens as a live result; rerunning is the explicit action.
    assert.match(await hoverText(document, 'created_at'), /created_at/);
    const { titles, commands } = await lensCommands(reopened);
    assert.match(titles[0], /Stored .*not sent again/);
    assert.ok(commands.includes(Commands.rerunLastLookup));
    assert.equal(server.count(), before + 1);
    await run(Commands.rerunHistoryEntry, { historyId: entry.id });
    assert.equal(server.count(), before + 2, 'Run Again sends');
  });

  it('shows the raw request and the response headers with secrets masked, from the lens of every result', async () => {
    const uri = await run(Commands.lookupUser, { id: '9100002' });
    assert.ok((await lensCommands(uri)).commands.includes(Commands.showResponseHeaders));
    const view = await run(Commands.showResponseHeaders, uri);
    const text = (await vscode.workspace.openTextDocument(view)).getText();
    assert.match(text, new RegExp(`^GET ${server.url.replace(/\./g, '\\.')}/2/users/9100002`, 'm'));
    assert.match(text, /^Authorization: Bearer \*\*\* \(app-only Bearer token, masked\)$/m);
    assert.match(text, /^User-Agent: x-api-explorer-vscode$/m);
    assert.match(text, /^HTTP 200/m);
    assert.match(text, /^x-rate-limit-limit: 900$/m);
    assert.match(text, /^x-echo-authorization: \*\*\*$/m, 'a credential-like header keeps its name, not its value');
    assert.match(text, /^x-echo: you sent Bearer \*\*\*$/m, 'an echoed secret is removed from any header');
    assert.doesNotMatch(text, /set-cookie|sid=/i);
    assert.ok(!text.includes(TOKEN));
  });

  it('copies the response', async () => {
    const uri = await run(Commands.lookupUser, { id: '9100003' });
    const copied = await vscode.commands.executeCommand<string>(Commands.copyResponse, uri);
    assert.equal(copied, (await vscode.workspace.openTextDocument(uri)).getText());
    assert.equal(await vscode.env.clipboard.readText(), copied);
    assert.ok((await lensCommands(uri)).commands.includes(Commands.copyResponse));
  });

  it('reuses the tab for a rerun, and compares it with the previous run in the diff editor, hovers on both sides', async () => {
    const first = await run(Commands.lookupUser, { id: '9100004' });
    const before = server.count();
    const second = await run(Commands.rerunThisLookup, first);
    assert.equal(server.count(), before + 1);
    assert.notEqual(second.toString(), first.toString());
    const tabs = resultTabs().filter((t) => (t.input as vscode.TabInputText).uri.path.includes('user 9100004'));
    assert.deepEqual(tabs.map((t) => (t.input as vscode.TabInputText).uri.toString()), [second.toString()], 'one tab for the lookup');
    assert.ok((await lensCommands(second)).commands.includes(Commands.compareWithPrevious));

    const comparison = await vscode.commands.executeCommand<{ left: vscode.Uri; right: vscode.Uri }>(Commands.compareWithPrevious, second);
    assert.equal(comparison?.left.toString(), first.toString());
    assert.equal(comparison?.right.toString(), second.toString());
    const diff = await until('the diff tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputTextDiff));
    const input = diff.input as vscode.TabInputTextDiff;
    assert.equal(input.original.toString(), first.toString());
    assert.equal(input.modified.toString(), second.toString());
    for (const side of [input.original, input.modified]) {
      const document = await vscode.workspace.openTextDocument(side);
      assert.match(document.getText(), /"id": "9100004"/);
      assert.match(await hoverText(document, 'username'), /username/);
    }
    assert.equal(server.count(), before + 1, 'comparing sent nothing');
  });

  it('compares any two History entries with "Compare with..."', async () => {
    await run(Commands.lookupUser, { id: '9100005' });
    await run(Commands.lookupUser, { id: '9100006' });
    const [a, b] = [await historyEntryOf('9100005'), await historyEntryOf('9100006')];
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const before = server.count();
    const comparison = await vscode.commands.executeCommand<{ left: vscode.Uri; right: vscode.Uri }>(Commands.compareHistoryEntries, { historyId: b.id, otherHistoryId: a.id });
    assert.ok(comparison);
    const diff = await until('the diff tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputTextDiff));
    const input = diff.input as vscode.TabInputTextDiff;
    assert.match((await vscode.workspace.openTextDocument(input.original)).getText(), /"id": "9100005"/, 'the older entry on the left');
    assert.match((await vscode.workspace.openTextDocument(input.modified)).getText(), /"id": "9100006"/);
    assert.match(await hoverText(await vscode.workspace.openTextDocument(input.original), 'name'), /name/);
    assert.equal(server.count(), before);
  });

  it('titles a lookup that found nothing "not found", warns as its diagnostic does, and offers no Save', async () => {
    capture = captureMessages();
    const uri = await run(Commands.lookupUser, { id: NOT_FOUND_ID });
    assert.match(uri.path, /user 404404 · not found \(200\)\.json$/);
    const toast = await capture.next(/user 404404/);
    assert.equal(toast.severity, 'warning');
    const diagnostics = await until('the diagnostics', () => {
      const found = vscode.languages.getDiagnostics(uri);
      return found.length > 0 ? found : undefined;
    });
    assert.deepEqual(diagnostics.map((d) => d.severity), [vscode.DiagnosticSeverity.Warning]);
    const { commands } = await lensCommands(uri);
    assert.ok(!commands.includes(Commands.saveLookup), 'no Save on a failed lookup');
    assert.ok(commands.includes(Commands.showResponseHeaders) && commands.includes(Commands.copyResponse));
  });

  it('keeps no response when xapi.history.keepResponses is off; a click then sends nothing and offers Run Again', async () => {
    await config().update('history.keepResponses', false, vscode.ConfigurationTarget.Global);
    try {
      await run(Commands.lookupUser, { id: '9100007' });
      const entry = await historyEntryOf('9100007');
      assert.equal(entry.stored, undefined);
      assert.equal(fs.existsSync(path.join(responsesDir(), `${entry.id}.json`)), false);
      capture = captureMessages();
      const before = server.count();
      assert.equal(await vscode.commands.executeCommand(Commands.openHistoryEntry, { historyId: entry.id }), undefined);
      const said = await capture.next(/was not kept/);
      assert.deepEqual(said.items, ['Run Again']);
      assert.equal(server.count(), before);
    } finally {
      await config().update('history.keepResponses', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('deletes the stored responses from disk on Clear History', async () => {
    await run(Commands.lookupUser, { id: '9100008' });
    const entry = await historyEntryOf('9100008');
    await until('a stored response', () => (fs.existsSync(path.join(responsesDir(), `${entry.id}.json`)) ? true : undefined));
    await vscode.commands.executeCommand(Commands.clearHistory);
    const left = fs.existsSync(responsesDir()) ? fs.readdirSync(responsesDir()) : [];
    assert.deepEqual(left, []);
    assert.deepEqual((JSON.parse(fs.readFileSync(storeFile(), 'utf8')) as { history: unknown[] }).history, []);
  });

  it('says what to check after a network failure, with buttons; Use the Sandbox sets xapi.sandbox after asking', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await config().update('baseUrl', `http://127.0.0.1:${port}`, vscode.ConfigurationTarget.Global);
    try {
      capture = captureMessages((shown) => (shown.items.includes('Use the Sandbox') ? 'Use the Sandbox' : undefined));
      const uri = await run(Commands.lookupUser, { id: '9100009' });
      assert.match(uri.path, /· network error\.json$/);
      const failure = await capture.next(/user 9100009/);
      assert.equal(failure.severity, 'error');
      assert.match(failure.message, /refused the connection/);
      assert.match(failure.message, /Check the network connection or proxy, and the xapi\.baseUrl setting; or answer from the offline sandbox \(xapi\.sandbox: always\)\./);
      assert.deepEqual(failure.items, ['Open Settings', 'Use the Sandbox', 'Show Log']);
      const asked = await capture.next(/Answer every lookup from the offline sandbox\?/);
      assert.equal(asked.modal, true);
      await until('xapi.sandbox set to always', () => (config().get('sandbox') === 'always' ? true : undefined));
      assert.equal(config().inspect('sandbox')?.globalValue, 'always');
    } finally {
      await config().update('sandbox', 'auto', vscode.ConfigurationTarget.Global);
      await config().update('baseUrl', server.url, vscode.ConfigurationTarget.Global);
    }
  });

  it('drops the rate-limit figure of one destination when lookups go to another', () => {
    const bar = new StatusBar();
    try {
      const sandbox = { sandbox: true, restricted: false, auth: 'oauth1', baseUrl: 'sandbox', vocabulary: '2.166' } as const;
      bar.update(sandbox);
      bar.showRateLimit({ limit: 900, remaining: 897, reset: Math.floor(Date.now() / 1000) + 600 }, '/2/users/:id');
      assert.match(bar.text, /Sandbox 897\/900/);
      bar.update({ ...sandbox });
      assert.match(bar.text, /897\/900/, 'the same destination keeps its figure');
      bar.update({ sandbox: false, restricted: false, auth: 'bearer', baseUrl: 'https://api.x.com', vocabulary: '2.166' });
      assert.equal(bar.text, '$(key) X API: Bearer');
    } finally {
      bar.dispose();
    }
  });
});
