// Runs inside a real extension host (see test/integration/index.ts): the extension loads and activates there.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

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
