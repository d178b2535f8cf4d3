// Runs inside a real VS Code extension host: the extension as users get it, through its commands, with the sandbox
// answering (no credentials are set in the test profile, and xapi.sandbox is "auto").
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../../src/host/common/ids';
import type { XApiExplorerApi } from '../../src/extension';
import { startSandbox } from '../../src/sandbox/server';

const EXTENSION_ID = 'x-api-explorer.x-api-explorer';
const SECRET_BEARER = 'AAAAAAAAAAAAAAAAAAAAAXApiExplorerSandboxBearerToken';

async function api(): Promise<XApiExplorerApi> {
  const extension = vscode.extensions.getExtension<XApiExplorerApi>(EXTENSION_ID);
  assert.ok(extension);
  return extension.activate();
}

async function run(command: string, args?: unknown): Promise<vscode.Uri | undefined> {
  return vscode.commands.executeCommand<vscode.Uri | undefined>(command, args);
}

async function openResult(uri: vscode.Uri | undefined): Promise<{ document: vscode.TextDocument; body: Record<string, unknown> }> {
  assert.ok(uri, 'the command returned no result Uri');
  assert.equal(uri.scheme, 'x-api-result');
  const document = await vscode.workspace.openTextDocument(uri);
  return { document, body: JSON.parse(document.getText()) as Record<string, unknown> };
}

/** Position of the n-th occurrence of `"key"` in the document. */
function keyPosition(document: vscode.TextDocument, key: string, nth = 0): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(`"${key}"`, at + 1);
    assert.ok(at >= 0, `"${key}" #${nth} not found`);
  }
  return document.positionAt(at + 1);
}

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

describe('extension: commands, results and hovers', function () {
  this.timeout(30_000);

  before(async () => {
    await api();
    await vscode.workspace.getConfiguration('xapi').update('sandbox', 'auto', vscode.ConfigurationTarget.Global);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers every command of the table', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.values(Commands)) assert.ok(registered.has(id), id);
  });

  it('looks up a user by id with arguments and opens a titled read-only JSON result', async () => {
    const uri = await run(Commands.lookupUser, { id: '2244994945', userFields: ['created_at', 'public_metrics'] });
    const { document, body } = await openResult(uri);
    assert.equal(document.languageId, 'json');
    assert.match(uri!.path, /user 2244994945 · 200\.json$/);
    const data = body.data as Record<string, unknown>;
    assert.equal(data.id, '2244994945');
    assert.equal(typeof data.created_at, 'string');
    assert.equal(typeof (data.public_metrics as Record<string, unknown>).followers_count, 'number');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri!.toString());
  });

  it('runs every lookup command with arguments', async () => {
    const cases: [string, unknown, (body: Record<string, unknown>) => void][] = [
      [Commands.lookupUsers, { ids: ['2244994945', '783214'] }, (b) => assert.equal((b.data as unknown[]).length, 2)],
      [Commands.lookupUserByUsername, { username: 'XDevelopers' }, (b) => assert.equal((b.data as { id: string }).id, '2244994945')],
      [Commands.lookupUsersByUsernames, { usernames: ['XDevelopers', 'missing_one'] }, (b) => {
        assert.equal((b.data as unknown[]).length, 1);
        assert.equal((b.errors as unknown[]).length, 1);
      }],
      [Commands.lookupMe, { userFields: ['confirmed_email'] }, (b) => assert.equal(typeof (b.data as { confirmed_email: string }).confirmed_email, 'string')],
      [Commands.lookupCustomProfile, { id: '100001' }, (b) => assert.equal((b.custom_profile as { name: string }).name, 'Jon C, Partner Engineer')],
      [Commands.listCustomProfiles, { count: 5 }, (b) => assert.equal((b.custom_profiles as unknown[]).length, 5)],
    ];
    for (const [command, args, check] of cases) {
      const { body } = await openResult(await run(command, args));
      check(body);
    }
  });

  it('refuses bad input with no request and no document', async () => {
    const before = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'x-api-result').length;
    for (const [command, args] of [
      [Commands.lookupUser, { id: 'abc' }],
      [Commands.lookupUser, { id: 2244994945 }],
      [Commands.lookupUser, { id: '12345678901234567890' }],
      [Commands.lookupUsers, { ids: ['1', '1'] }],
      [Commands.lookupUserByUsername, { username: 'no-dashes-here' }],
      [Commands.lookupUser, { id: '1', userFields: ['create_at'] }],
      [Commands.lookupUser, { id: '1', username: 'x' }],
      [Commands.listCustomProfiles, { count: 500 }],
      [Commands.lookupUser, 'not an object'],
    ] as const) {
      assert.equal(await run(command, args), undefined, `${command} ${JSON.stringify(args)}`);
    }
    const after = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'x-api-result').length;
    assert.equal(after, before);
  });

  it('documents nested fields in hovers', async () => {
    const { document } = await openResult(await run(Commands.lookupUser, {
      id: '2244994945', userFields: ['public_metrics', 'entities', 'affiliation'], expansions: ['pinned_tweet_id'], tweetFields: ['edit_controls', 'public_metrics'],
    }));
    const followers = await hoverText(document, keyPosition(document, 'followers_count'));
    assert.match(followers, /public_metrics\.followers_count/);
    assert.match(followers, /user\.fields=public_metrics/);
    const expanded = await hoverText(document, keyPosition(document, 'expanded_url'));
    assert.match(expanded, /expanded_url/);
    const edits = await hoverText(document, keyPosition(document, 'edits_remaining'));
    assert.match(edits, /edit_controls\.edits_remaining/);
    const tweetMetrics = await hoverText(document, keyPosition(document, 'retweet_count'));
    assert.match(tweetMetrics, /retweet/i);
  });

  it('offers a look-up link on user ids and documents custom profiles', async () => {
    const { document } = await openResult(await run(Commands.lookupUser, { id: '2244994945' }));
    const idValue = document.positionAt(document.getText().indexOf('"2244994945"') + 3);
    const text = await hoverText(document, idValue);
    assert.match(text, /command:xapi\.lookUpFromResult\?/);
    const profile = await openResult(await run(Commands.lookupCustomProfile, { id: '100001' }));
    const avatar = await hoverText(profile.document, keyPosition(profile.document, 'url'));
    assert.match(avatar, /avatar\.media\.url/);
  });

  it('explains partial errors as diagnostics', async () => {
    const { document } = await openResult(await run(Commands.lookupUsers, { ids: ['2244994945', '1404'] }));
    const diagnostics = vscode.languages.getDiagnostics(document.uri);
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /Not Found Error: Could not find user with ids: \[1404\]/);
    const hover = await hoverText(document, keyPosition(document, 'resource_id'));
    assert.match(hover, /resource_id/);
  });

  it('answers an expired result Uri with an explanation instead of failing', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('x-api-result:/999999/user 1 · 200.json'));
    assert.match(document.getText(), /no longer in memory/);
  });

  it('saves, reruns and copies the last lookup as cURL without secrets', async () => {
    await run(Commands.lookupUser, { id: '783214', userFields: ['created_at'] });
    const saved = await vscode.commands.executeCommand<{ id: string; name: string }>(Commands.saveLookup, { name: 'X the company' });
    assert.equal(saved?.name, 'X the company');
    const rerun = await run(Commands.runSavedLookup, { id: saved.id });
    const { body } = await openResult(rerun);
    assert.equal((body.data as { id: string }).id, '783214');
    // A sandbox lookup copies what runs outside VS Code: the CLI's own sandbox, or cURL to one the user starts.
    const curl = await vscode.commands.executeCommand<string>(Commands.copyAsCurl, { request: { endpoint: 'userById', id: '783214' } });
    assert.match(curl, /^x-api-explorer user '783214' --sandbox$/m);
    assert.match(curl, /x-api-explorer sandbox --port 8080/);
    assert.match(curl, /curl .*--url 'http:\/\/127\.0\.0\.1:8080\/2\/users\/783214'.*--header "Authorization: Bearer AAAAAAAAAAAAAAAAAAAAAXApiExplorerSandboxBearerToken"/s);
    assert.doesNotMatch(curl, /\$X_OAUTH1_AUTHORIZATION/);
    assert.equal(await vscode.env.clipboard.readText(), curl);
    assert.equal(await vscode.commands.executeCommand(Commands.deleteSavedLookup, { id: saved.id, confirm: false }), true);
  });

  it('keeps credentials in SecretStorage only, and never writes them to a file', async () => {
    const { globalStorageUri, logUri } = await api();
    // Credentials switch "auto" off the sandbox, so the base URL points at a sandbox of the test's own: nothing may
    // leave 127.0.0.1.
    const sandbox = await startSandbox();
    const config = vscode.workspace.getConfiguration('xapi');
    try {
      await config.update('baseUrl', sandbox.url, vscode.ConfigurationTarget.Global);
      assert.equal(await vscode.commands.executeCommand(Commands.setCredentials, { kind: 'bearer', token: SECRET_BEARER }), 'bearer');
      const { body } = await openResult(await run(Commands.lookupUser, { id: '2244994945' }));
      assert.equal((body.data as { id: string }).id, '2244994945');
      // App-only auth cannot read /2/users/me: refused before sending.
      assert.equal(await run(Commands.lookupMe, {}), undefined);
      assert.equal(await vscode.commands.executeCommand(Commands.setCredentials, { kind: 'bearer', token: 'has a space' }), undefined);
      await vscode.commands.executeCommand(Commands.saveLookup, { name: 'with credentials set' });
      const curl = await vscode.commands.executeCommand<string>(Commands.copyAsCurl);
      assert.ok(!curl.includes(SECRET_BEARER));
      assert.match(curl, /\$X_BEARER_TOKEN/);

      const written = [...filesUnder(globalStorageUri.fsPath), ...filesUnder(path.dirname(logUri.fsPath))];
      assert.ok(written.length > 0, 'expected the store and the log on disk');
      for (const file of written) {
        assert.ok(!fs.readFileSync(file, 'utf8').includes(SECRET_BEARER), `secret found in ${file}`);
      }
      const settings = JSON.stringify(vscode.workspace.getConfiguration('xapi'));
      assert.ok(!settings.includes(SECRET_BEARER));
    } finally {
      await vscode.commands.executeCommand(Commands.clearCredentials, {});
      await config.update('baseUrl', undefined, vscode.ConfigurationTarget.Global);
      await sandbox.close();
    }
    // Cleared: back to the sandbox, where /2/users/me works again.
    const me = await openResult(await run(Commands.lookupMe, {}));
    assert.equal(typeof (me.body.data as { id: string }).id, 'string');
  });
});
