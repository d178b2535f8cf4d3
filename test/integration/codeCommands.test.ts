// "Copy as Code" and "Copy Response Type" in a real VS Code extension host, against the built-in sandbox: with
// `{ target | language, lookup }` nothing is asked, the text is returned and is what the clipboard holds.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/host/common/ids';
import type { XApiExplorerApi } from '../../src/extension';

const EXTENSION_ID = 'x-api-explorer.x-api-explorer';

describe('code commands: copy as code, copy response type', function () {
  this.timeout(30_000);

  before(async () => {
    const extension = vscode.extensions.getExtension<XApiExplorerApi>(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
  });

  it('copies a lookup as cURL code without asking', async () => {
    const lookup = { endpoint: 'userById', id: '2244994945', userFields: ['created_at', 'description'] };
    const code = await vscode.commands.executeCommand<string>(Commands.copyAsCode, { target: 'curl', lookup });
    assert.equal(typeof code, 'string');
    // The built-in sandbox is out of a terminal's reach: the code points at one the user starts on port 8080.
    assert.match(code, /x-api-explorer sandbox --port 8080/);
    assert.match(code, /curl .*http:\/\/127\.0\.0\.1:8080\/2\/users\/2244994945\?user\.fields=created_at(%2C|,)description/s);
    assert.equal(await vscode.env.clipboard.readText(), code);
  });

  it('copies the response type of a lookup argument, and of the result document in the editor', async () => {
    const lookup = { endpoint: 'userById', id: '2244994945', userFields: ['created_at'], expansions: ['pinned_tweet_id'], tweetFields: ['lang'] };
    const ts = await vscode.commands.executeCommand<string>(Commands.copyResponseType, { lookup, language: 'typescript' });
    assert.match(ts, /export interface UserByIdResponse \{/);
    assert.match(ts, /export interface User \{\n {2}id: string;\n {2}name: string;\n {2}username: string;\n {2}created_at\?: string;\n {2}pinned_tweet_id\?: string;\n\}/);
    assert.match(ts, /tweets\?: IncludedTweet\[\];/);
    assert.match(ts, /lang\?: string;/);
    assert.doesNotMatch(ts, /description\?/, 'only the fields asked for');
    assert.equal(await vscode.env.clipboard.readText(), ts);

    // On a result document, its own lookup: the one just run, not an argument.
    const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.lookupUsers, { ids: ['2244994945', '783214'], userFields: ['location'] });
    assert.ok(uri);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const py = await vscode.commands.executeCommand<string>(Commands.copyResponseType, { language: 'python' });
    assert.match(py, /^class UsersByIdsResponse\(TypedDict\):\n {4}data: NotRequired\[list\[User\]\]$/m);
    assert.match(py, /^ {4}location: NotRequired\[str\]$/m);
    assert.equal(await vscode.env.clipboard.readText(), py);
  });
});
