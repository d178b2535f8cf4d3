// Runs inside a real extension host (see test/integration/index.ts): the extension loads and activates there.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { AUTH_PROVIDER_ID } from '../../src/host/auth/providerId';
import { commandRunner, type CommandHandlers } from '../../src/host/common/commandRegistry';
import { Commands } from '../../src/host/common/ids';

const extensionId = 'x-api-explorer.x-api-explorer';

describe('activation', () => {
  it('activates in a real VS Code extension host', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not loaded in this extension host`);

    await extension.activate();

    assert.equal(extension.isActive, true);
    assert.ok(vscode.env.appName.length > 0, 'vscode.env.appName is empty');
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    console.log(
      `host: ${vscode.env.appName} ${vscode.version}, uiKind ${vscode.UIKind[vscode.env.uiKind]}, ` +
        `remote ${vscode.env.remoteName ?? 'none'}`,
    );
  });
});

describe('what follows activation', () => {
  it('registers the Accounts provider by the time the API says it is ready', async () => {
    const extension = vscode.extensions.getExtension<{ ready: Promise<void> }>(extensionId);
    assert.ok(extension);
    await (await extension.activate()).ready;
    // Throws "No authentication provider 'xapi' is currently registered" otherwise.
    const accounts = await vscode.authentication.getAccounts(AUTH_PROVIDER_ID);
    assert.ok(Array.isArray(accounts));
  });
});

describe('the command runner', () => {
  const logged: string[] = [];
  const log = { error: (message: string): void => void logged.push(message) };
  const handlers = Object.fromEntries(Object.keys(Commands).map((name) => [name, (...args: unknown[]) => ({ name, args })])) as unknown as CommandHandlers;

  beforeEach(() => {
    logged.length = 0;
  });

  it('runs the handler of the id with its arguments', async () => {
    const run = commandRunner(handlers, log);
    assert.deepEqual(await run(Commands.lookupMe, [{ userFields: ['id'] }]), { name: 'lookupMe', args: [{ userFields: ['id'] }] });
    assert.deepEqual(logged, []);
  });

  it('logs a failing handler with its id and stack, and resolves undefined', async () => {
    const run = commandRunner({ ...handlers, lookupMe: () => Promise.reject(new Error('boom')) }, log);
    assert.equal(await run(Commands.lookupMe, []), undefined);
    assert.equal(logged.length, 1);
    assert.match(logged[0], /^xapi\.lookupMe failed: Error: boom\n\s+at /);
  });

  it('refuses an id outside the table, naming it', async () => {
    const run = commandRunner(handlers, log);
    assert.equal(await run('xapi.noSuchCommand', []), undefined);
    assert.match(logged[0], /^xapi\.noSuchCommand failed: Error: xapi\.noSuchCommand is not a command of X API Explorer/);
  });
});
