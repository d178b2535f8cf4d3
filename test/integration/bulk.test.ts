// Bulk lookups in the real extension host, against a sandbox of the test's own on 127.0.0.1 (xapi.baseUrl points at
// it, a Bearer token is set), so every request can be counted: batches of 100, one merged document, invalid values
// listed and nothing sent, the cost confirmation, cancel and resume without sending a batch twice, the spend ledger's
// once-per-UTC-day rule, and the NDJSON/CSV exports.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SANDBOX_BEARER } from '../../src/core/auth/sandboxCredentials';
import { Commands } from '../../src/host/common/ids';
import { startSandbox, type SandboxServer } from '../../src/sandbox/server';
import { captureMessages, type Capture } from '../support/messageCapture';

const EXTENSION_ID = 'x-api-explorer.x-api-explorer';
// The sandbox accepts its own documented token only.
const BEARER = SANDBOX_BEARER.token;

/** `count` ids no earlier run of this profile used today (the ledger lives in the profile's global storage). */
function freshIds(count: number, salt: number): string[] {
  const prefix = String(Date.now() + salt);
  // Three-digit suffixes below 250 never end in 403 or 404, which the sandbox answers as suspended / not found.
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);
}

async function openJson(uri: vscode.Uri | undefined): Promise<{ document: vscode.TextDocument; body: { data: { id: string; username: string }[]; errors?: unknown[] } }> {
  assert.ok(uri, 'no result document');
  const document = await vscode.workspace.openTextDocument(uri);
  return { document, body: JSON.parse(document.getText()) };
}

async function spendToday(): Promise<number> {
  const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.showSpendReport, { format: 'json' });
  const document = await vscode.workspace.openTextDocument(uri);
  return (JSON.parse(document.getText()) as { today: { users: number } }).today.users;
}

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('bulk lookups', function () {
  this.timeout(60_000);
  let sandbox: SandboxServer;
  let capture: Capture | undefined;
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('xapi');

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    sandbox = await startSandbox();
    await config().update('sandbox', 'auto', vscode.ConfigurationTarget.Global);
    await config().update('baseUrl', sandbox.url, vscode.ConfigurationTarget.Global);
    assert.equal(await vscode.commands.executeCommand(Commands.setCredentials, { kind: 'bearer', token: BEARER }), 'bearer');
  });

  after(async () => {
    await vscode.commands.executeCommand(Commands.clearCredentials, {});
    await config().update('baseUrl', undefined, vscode.ConfigurationTarget.Global);
    await config().update('cost.confirmAboveUsd', undefined, vscode.ConfigurationTarget.Global);
    await sandbox.close();
  });

  afterEach(async () => {
    capture?.restore();
    capture = undefined;
    sandbox.setFault(undefined);
    await config().update('cost.confirmAboveUsd', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('sends 250 ids given to xapi.lookupUsers as 3 requests after confirming, into one merged document with hovers, diagnostics and exports', async () => {
    const ids = [...freshIds(249, 0), '9000000000000404'];
    capture = captureMessages((shown) => (shown.modal && shown.items.includes('Send') ? 'Send' : undefined));
    const before = sandbox.requestCount;
    const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.lookupUsers, { ids, userFields: ['public_metrics', 'created_at'] });
    assert.equal(sandbox.requestCount - before, 3);
    const asked = await capture.next(/^Look up 250 users in 3 requests, estimated at most \$2\.50/);
    assert.equal(asked.modal, true);

    const { document, body } = await openJson(uri);
    assert.equal(body.data.length, 249);
    assert.deepEqual(body.data.map((user) => user.id), ids.slice(0, 249));
    assert.equal(body.errors?.length, 1);
    // The not-found id is a diagnostic, as in any result document; a field has its hover.
    await until(() => vscode.languages.getDiagnostics(uri).length === 1, 'the diagnostic of the missing id');
    const at = document.positionAt(document.getText().indexOf('"followers_count"') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    assert.match(hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n'), /follow/i);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-export-'));
    try {
      const ndjson = path.join(dir, 'users.ndjson');
      assert.equal(await vscode.commands.executeCommand(Commands.exportBulkResultAsNdjson, { uri: uri.toString(), target: ndjson }), ndjson);
      const lines = fs.readFileSync(ndjson, 'utf8').trimEnd().split('\n');
      assert.equal(lines.length, 249);
      assert.deepEqual(lines.map((line) => (JSON.parse(line) as { id: string }).id), ids.slice(0, 249));
      const csv = path.join(dir, 'users.csv');
      assert.equal(await vscode.commands.executeCommand(Commands.exportBulkResultAsCsv, { uri: uri.toString(), target: csv }), csv);
      const rows = fs.readFileSync(csv, 'utf8').split('\r\n').filter((row) => row !== '');
      assert.equal(rows.length, 250);
      const header = rows[0].split(',');
      assert.deepEqual(header.slice(0, 3), ['id', 'name', 'username']);
      assert.ok(header.includes('public_metrics.followers_count'), rows[0]);
      assert.ok(header.includes('created_at'), rows[0]);
      assert.equal(rows[1].split(',')[0], ids[0]);
      assert.equal(rows[1].split(',').length, header.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('counts a user once per UTC day in the ledger: the second estimate shows them free, and declining sends nothing', async () => {
    const ids = freshIds(150, 1);
    capture = captureMessages(() => undefined);
    await vscode.commands.executeCommand(Commands.lookupUsers, { ids, confirm: false });
    const billed = await spendToday();

    // Asked for everything above $0 now: the repeat costs nothing, so it goes without asking.
    await config().update('cost.confirmAboveUsd', 0, vscode.ConfigurationTarget.Global);
    let before = sandbox.requestCount;
    const again = await vscode.commands.executeCommand<vscode.Uri>(Commands.lookupUsers, { ids });
    assert.equal(sandbox.requestCount - before, 2);
    assert.equal((await openJson(again)).body.data.length, 150);
    assert.equal(capture.shown.filter((shown) => shown.modal).length, 0);
    assert.equal(await spendToday(), billed, 'users billed earlier today were counted again');

    // 150 known users and 50 new ones: the estimate prices the new ones only; dismissed, nothing goes out.
    before = sandbox.requestCount;
    const mixed = [...ids, ...freshIds(50, 2)];
    assert.equal(await vscode.commands.executeCommand(Commands.lookupUsers, { ids: mixed }), undefined);
    const asked = await capture.next(/^Look up 200 users/);
    assert.match(asked.message, /estimated at most \$0\.50 \(150 fetched earlier today are free\)/);
    assert.equal(sandbox.requestCount, before);
  });

  it('lists the invalid values and sends nothing', async () => {
    capture = captureMessages(() => undefined);
    const before = sandbox.requestCount;
    const values: unknown[] = [...freshIds(150, 3), '12x', '12345678901234567890', 7];
    assert.equal(await vscode.commands.executeCommand(Commands.lookupUsers, { ids: values, confirm: false }), undefined);
    const shown = await capture.next(/^3 of the 153 values are not valid ids; nothing was sent/);
    assert.equal(shown.modal, true);
    assert.match(shown.detail ?? '', /"12x" is not an id/);
    assert.match(shown.detail ?? '', /"12345678901234567890" is not an id/);
    assert.match(shown.detail ?? '', /is a number/);
    assert.deepEqual(shown.items, ['Send the 150 Valid Ones']);
    assert.equal(sandbox.requestCount, before);
  });

  it('cancels after the batch in flight, keeps it, and resumes from the first batch not done, sending none twice', async () => {
    const ids = freshIds(250, 4);
    capture = captureMessages(() => undefined);
    const before = sandbox.requestCount;
    sandbox.setFault({ kind: 'slow', delayMs: 700 });
    const running = vscode.commands.executeCommand<vscode.Uri>(Commands.lookupUsers, { ids, confirm: false });
    await until(() => sandbox.requestCount === before + 1, 'the first batch to be sent');
    assert.equal(await vscode.commands.executeCommand(Commands.cancelBulkLookup), true);
    const partial = await openJson(await running);
    assert.equal(partial.body.data.length, 100);
    assert.equal(sandbox.requestCount, before + 1);
    const cancelled = await capture.next(/^Bulk lookup cancelled after 1 of 3 batches/);
    assert.deepEqual(cancelled.items, ['Resume']);

    sandbox.setFault(undefined);
    const resumed = await openJson(await vscode.commands.executeCommand<vscode.Uri>(Commands.resumeBulkLookup));
    assert.equal(sandbox.requestCount, before + 3);
    assert.deepEqual(resumed.body.data.map((user) => user.id), ids);
    // Complete: nothing left to resume.
    assert.equal(await vscode.commands.executeCommand(Commands.resumeBulkLookup), undefined);
    await capture.next(/no bulk lookup to resume/);
  });

  it('explains a 402 out-of-credits stop and offers Resume', async () => {
    capture = captureMessages(() => undefined);
    sandbox.setFault({ kind: '402' });
    const before = sandbox.requestCount;
    assert.equal(await vscode.commands.executeCommand(Commands.lookupUsers, { ids: freshIds(150, 6), confirm: false }), undefined);
    // A 402 is not retried: every further batch would get the same answer.
    assert.equal(sandbox.requestCount - before, 1);
    const stopped = await capture.next(/^Bulk lookup stopped after 0 of 2 batches/);
    assert.match(stopped.message, /run out of credits .*developer console/);
    assert.deepEqual(stopped.items, ['Resume']);
    assert.equal(stopped.severity, 'error');
  });

  it('looks up the selection, or a CSV column, as a bulk lookup', async () => {
    const ids = freshIds(120, 5);
    capture = captureMessages(() => undefined);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-csv-'));
    const file = path.join(dir, 'people.csv');
    fs.writeFileSync(file, `name,user_id\n${ids.map((id, i) => `n${i},${id}`).join('\n')}\n`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    const before = sandbox.requestCount;
    const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.bulkLookupUsers, { column: 'user_id', confirm: false });
    assert.equal(sandbox.requestCount - before, 2);
    assert.equal((await openJson(uri)).body.data.length, 120);

    const text = await vscode.workspace.openTextDocument({ content: `${ids.slice(0, 3).join(', ')}\n${ids[3]} ${ids[4]}\n` });
    const editor = await vscode.window.showTextDocument(text);
    editor.selection = new vscode.Selection(0, 0, 1, 0);
    const selected = await openJson(await vscode.commands.executeCommand<vscode.Uri>(Commands.bulkLookupUsers));
    assert.deepEqual(selected.body.data.map((user) => user.id), ids.slice(0, 3));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
