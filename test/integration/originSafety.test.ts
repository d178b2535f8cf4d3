// Where credentials may go, checked in the real extension host: a workspace cannot redirect them, an origin that is
// neither X's nor on this machine is asked about once, and Restricted Mode sends none. Every server here is a
// node:http server on 127.0.0.1; the non-loopback origin is never contacted.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { AuthKind } from '../../src/core/catalog/endpoints';
import type { LookupOutcome } from '../../src/core/response/outcome';
import type { XApiExplorerApi } from '../../src/extension';
import { Commands } from '../../src/host/common/ids';
import { CredentialStore } from '../../src/host/credentials/store';
import { LazyModules } from '../../src/host/common/lazyModules';
import { Log } from '../../src/host/common/log';
import { Connection } from '../../src/host/lookup/connection';
import { LookupService } from '../../src/host/lookup/lookupService';
import { OriginConsent } from '../../src/host/lookup/originConsent';
import { ResultDocuments } from '../../src/host/results/documents';
import { MemoryMemento, MemorySecretStorage } from '../support/vscodeFakes';
import { untilTrue } from '../support/polling';

const EXTENSION_ID = 'x-api-explorer.x-api-explorer';
const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAOriginSafetyTestBearerToken';
const USER = { data: { id: '2244994945', name: 'X Developers', username: 'XDevelopers' } };

interface Recorder {
  readonly url: string;
  readonly authorizations: (string | undefined)[];
  close(): Promise<void>;
}

/** A loopback server that answers every GET with one user and records the Authorization header it got. */
async function recordingServer(): Promise<Recorder> {
  const authorizations: (string | undefined)[] = [];
  const server = http.createServer((request, response) => {
    authorizations.push(request.headers.authorization);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(USER));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    authorizations,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('xapi');
}

function logText(dir: string): string {
  if (!fs.existsSync(dir)) return '';
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile())
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
}

describe('where credentials go', function () {
  this.timeout(30_000);
  let extensionPath: string;
  let logDir: string;

  before(async () => {
    const extension = vscode.extensions.getExtension<XApiExplorerApi>(EXTENSION_ID);
    assert.ok(extension);
    logDir = (await extension.activate()).logUri.fsPath;
    extensionPath = extension.extensionPath;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config().update('baseUrl', undefined, vscode.ConfigurationTarget.Global);
    await config().update('sandbox', 'auto', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand(Commands.clearCredentials, {});
  });

  it('ignores a workspace xapi.baseUrl: the workspace server gets nothing, cURL never names it', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test host opens a workspace folder');
    const planted = await recordingServer();
    const chosen = await recordingServer();
    const settingsFile = path.join(folder.uri.fsPath, '.vscode', 'settings.json');
    try {
      // What a cloned repository would carry.
      fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
      fs.writeFileSync(settingsFile, JSON.stringify({ 'xapi.baseUrl': planted.url }));
      await config().update('baseUrl', chosen.url, vscode.ConfigurationTarget.Global);
      await config().update('sandbox', 'never', vscode.ConfigurationTarget.Global);
      assert.equal(await vscode.commands.executeCommand(Commands.setCredentials, { kind: 'bearer', token: TOKEN }), 'bearer');
      await untilTrue('the user setting', () => config().inspect('baseUrl')?.globalValue === chosen.url);
      // Give the workspace file time to be read, so a host that applied it would have done so by now.
      await new Promise((resolve) => setTimeout(resolve, 1500));

      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.lookupUser, { id: '2244994945' });
      assert.ok(uri, 'the lookup ran');
      assert.deepEqual(planted.authorizations, [], 'the workspace-set server received a request');
      // The one-time notice: written to the log as well as shown.
      await untilTrue('the notice in the log', () => logText(logDir).includes(`ignored xapi.baseUrl from workspace settings (${planted.url})`));
      assert.deepEqual(chosen.authorizations, [`Bearer ${TOKEN}`]);

      const curl = await vscode.commands.executeCommand<string | undefined>(Commands.copyAsCurl, { request: { endpoint: 'userById', id: '2244994945' } });
      assert.ok(curl);
      assert.ok(curl.includes(chosen.url), curl);
      assert.ok(!curl.includes(planted.url), curl);
      assert.ok(!curl.includes(TOKEN), 'the token is in the snippet');
    } finally {
      fs.rmSync(path.dirname(settingsFile), { recursive: true, force: true });
      await planted.close();
      await chosen.close();
    }
  });

  describe('a service of our own', () => {
    const services: { dispose(): void }[] = [];
    afterEach(() => services.splice(0).forEach((service) => service.dispose()));

    async function service(options: { ask?: (origin: string, kind: AuthKind) => Promise<boolean>; trusted?: boolean }): Promise<{ service: LookupService; ran: LookupOutcome[] }> {
      const secrets = new MemorySecretStorage();
      const credentials = new CredentialStore(secrets);
      await credentials.store({ kind: 'bearer', token: TOKEN });
      const consent = new OriginConsent(new MemoryMemento(), options.ask ?? (() => Promise.reject(new Error('asked unexpectedly'))));
      const log = new Log('X API Explorer (origin test)');
      const connection = new Connection({ credentials, log, isTrusted: () => options.trusted ?? true });
      const created = new LookupService({
        connection, consent, results: new ResultDocuments(), log, modules: new LazyModules(extensionPath),
      });
      services.push(created, connection);
      const ran: LookupOutcome[] = [];
      created.onDidRun(({ outcome }) => ran.push(outcome));
      await created.whenReady();
      return { service: created, ran };
    }

    it('asks once, naming the origin and the credential kind, before credentials go to a user-set origin', async () => {
      await config().update('baseUrl', 'https://mock.example.invalid/api', vscode.ConfigurationTarget.Global);
      await config().update('sandbox', 'never', vscode.ConfigurationTarget.Global);
      const asked: string[] = [];
      const { service: lookups, ran } = await service({ ask: async (origin, kind) => (asked.push(`${origin} ${kind}`), false) });
      await untilTrue('the setting', () => lookups.state().baseUrl === 'https://mock.example.invalid/api');

      assert.equal(await lookups.run({ endpoint: 'userById', id: '2244994945' }), undefined);
      assert.equal(await lookups.run({ endpoint: 'userById', id: '2244994945' }), undefined);
      assert.deepEqual(asked, ['https://mock.example.invalid bearer'], 'asked once, the answer remembered');
      assert.deepEqual(ran, [], 'a declined origin was sent a request');
    });

    it('does not ask for X itself or for this machine', async () => {
      const local = await recordingServer();
      try {
        await config().update('baseUrl', local.url, vscode.ConfigurationTarget.Global);
        await config().update('sandbox', 'never', vscode.ConfigurationTarget.Global);
        const { service: lookups, ran } = await service({});
        await untilTrue('the setting', () => lookups.state().baseUrl === local.url);
        assert.ok(await lookups.run({ endpoint: 'userById', id: '2244994945' }));
        assert.equal(ran.length, 1);
        assert.deepEqual(local.authorizations, [`Bearer ${TOKEN}`]);
      } finally {
        await local.close();
      }
    });

    it('sends no credentials in Restricted Mode: the sandbox answers, or nothing is sent', async () => {
      const local = await recordingServer();
      try {
        await config().update('baseUrl', local.url, vscode.ConfigurationTarget.Global);
        const { service: lookups, ran } = await service({ trusted: false });
        await untilTrue('sandbox mode', () => lookups.state().baseUrl === 'sandbox');
        assert.deepEqual({ sandbox: lookups.state().sandbox, restricted: lookups.state().restricted }, { sandbox: true, restricted: true });
        assert.ok(await lookups.run({ endpoint: 'userById', id: '2244994945' }));
        assert.equal(ran.length, 1);
        assert.equal(ran[0].ok, true);
        assert.match(ran[0].url ?? '', /^http:\/\/127\.0\.0\.1:\d+\/2\/users\/2244994945/);
        assert.notEqual(new URL(ran[0].url ?? 'http://x').origin, local.url);

        await config().update('sandbox', 'never', vscode.ConfigurationTarget.Global);
        await untilTrue('sandbox off', () => lookups.state().sandbox === false);
        assert.equal(await lookups.run({ endpoint: 'userById', id: '2244994945' }), undefined);
        assert.equal(ran.length, 1);
        assert.deepEqual(local.authorizations, [], 'credentials were sent from an untrusted workspace');
      } finally {
        await local.close();
      }
    });
  });
});
