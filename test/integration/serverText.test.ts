// Inside a real VS Code host: a server that echoes the Authorization header and crafts its keys. Its secrets must
// reach neither the history file, the result document nor the diagnostics, and its keys no live hover link.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { XApiExplorerApi } from '../../src/extension';
import { Commands } from '../../src/host/common/ids';
import { until } from '../support/polling';

const EXTENSION_ID = 'x-api-explorer.x-api-explorer';
const SECRET = 'AAAAAAAAAAAAAAAAAAAAAServerEchoesThisBearer%2FToken%3D0123456789';
const CRAFTED_KEY = '[look up](command:xapi.setCredentials) ![x](https://evil/t.png) <img src=x>';
const EVIL_TYPE = 'https://evil.example/2/problems/resource-not-found';

async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
}

describe('server text in the editor', function () {
  this.timeout(30_000);
  let server: Server;
  let api: XApiExplorerApi;
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('xapi');

  before(async () => {
    server = createServer((req, res) => {
      const auth = req.headers.authorization ?? '';
      if (req.url?.startsWith('/2/users/1?') || req.url === '/2/users/1') {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: `bad token ${auth}`, seen: auth }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({
        data: { id: '2', name: 'crafted', username: 'crafted', [CRAFTED_KEY]: `echo ${auth}` },
        errors: [
          { title: 'Not Found Error', detail: `no user, and by the way ${auth}`, type: EVIL_TYPE, value: '3' },
          { title: 'Not Found Error', detail: 'Could not find user with ids: [4].', type: 'https://api.twitter.com/2/problems/resource-not-found', value: '4' },
        ],
      }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const extension = vscode.extensions.getExtension<XApiExplorerApi>(EXTENSION_ID);
    assert.ok(extension);
    api = await extension.activate();
    // With credentials set the sandbox steps aside; the base URL keeps every request on 127.0.0.1.
    await config().update('baseUrl', `http://127.0.0.1:${(server.address() as AddressInfo).port}`, vscode.ConfigurationTarget.Global);
    assert.equal(await vscode.commands.executeCommand(Commands.setCredentials, { kind: 'bearer', token: SECRET }), 'bearer');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand(Commands.clearCredentials, {});
    await config().update('baseUrl', undefined, vscode.ConfigurationTarget.Global);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('keeps an echoed token out of the result document, its diagnostics and the history file', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.lookupUser, { id: '1' });
    assert.ok(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const text = document.getText();
    assert.match(text, /"detail": "bad token Bearer \*\*\*"/, 'the server echoed the header and it was redacted');
    assert.ok(!text.includes(SECRET), text);

    const diagnostics = await until('the diagnostics', () => {
      const found = vscode.languages.getDiagnostics(uri);
      return found.length > 0 ? found : undefined;
    });
    for (const diagnostic of diagnostics) assert.ok(!diagnostic.message.includes(SECRET), diagnostic.message);
    assert.match(diagnostics[0].message, /bad token Bearer \*\*\*/);

    const storeFile = path.join(api.globalStorageUri.fsPath, 'lookups.json');
    const stored = await until('the history entry', () => {
      const content = fs.existsSync(storeFile) ? fs.readFileSync(storeFile, 'utf8') : '';
      return content.includes('bad token Bearer ***') ? content : undefined;
    });
    assert.ok(!stored.includes(SECRET), 'secret in the history file');
  });

  it('shows a crafted key as text, links no foreign problem type, and leaks nothing', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.lookupUser, { id: '2' });
    assert.ok(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.ok(!document.getText().includes(SECRET));

    const keyAt = document.getText().indexOf(JSON.stringify(CRAFTED_KEY));
    assert.ok(keyAt > 0);
    const hover = await hoverText(document, document.positionAt(keyAt + 2));
    assert.ok(hover.length > 0, 'a hover on the crafted key');
    const live = hover.replace(/\\[\s\S]/g, '');
    for (const pattern of [/\]\(/, /!\[/, /</, /command:/, /https:\/\//]) assert.doesNotMatch(live, pattern, hover);

    const diagnostics = await until('the diagnostics', () => {
      const found = vscode.languages.getDiagnostics(uri);
      return found.length === 2 ? found : undefined;
    });
    for (const diagnostic of diagnostics) assert.ok(!diagnostic.message.includes(SECRET), diagnostic.message);
    const targets = diagnostics.map((d) => (typeof d.code === 'object' ? d.code.target.toString() : undefined));
    assert.deepEqual(targets, [undefined, 'https://api.twitter.com/2/problems/resource-not-found']);
  });
});
