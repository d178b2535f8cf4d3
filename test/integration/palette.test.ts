// Runs inside a real VS Code extension host: the palette's field picker with the real docs bundle and VS Code's own
// quick pick (accepted the way Enter accepts it), the manifest's contributions as VS Code read them, and the in-editor
// sandbox's port.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { VOCABULARY_FIELDS } from '../../src/core/catalog/vocabulary';
import type { LookupRequest } from '../../src/core/request/lookupRequest';
import { prepareLookup } from '../../src/core/request/lookupRequest';
import type { XApiExplorerApi } from '../../src/extension';
import { Commands, MementoKeys, SANDBOX_PORTS } from '../../src/host/common/ids';
import { LazyModules } from '../../src/host/common/lazyModules';
import { fieldPickItems, lookupCommand } from '../../src/host/lookup/paletteLookups';
import type { ConnectionState, LookupRun, LookupRunner } from '../../src/host/lookup/runner';
import { untilTrue } from '../support/polling';

const EXTENSION_ID = 'x-api-explorer.x-api-explorer';

function extension(): vscode.Extension<XApiExplorerApi> {
  const found = vscode.extensions.getExtension<XApiExplorerApi>(EXTENSION_ID);
  assert.ok(found);
  return found;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Records what it was asked to run; answers in the 2.166 vocabulary. */
class RecordingRunner implements LookupRunner {
  readonly runs: LookupRequest[] = [];
  readonly onDidChangeState = new vscode.EventEmitter<ConnectionState>().event;
  readonly onDidRun = new vscode.EventEmitter<LookupRun>().event;
  readonly lastRequest: LookupRequest | undefined = undefined;
  async sandboxUrl(): Promise<string | undefined> {
    return undefined;
  }
  state(): ConnectionState {
    return { sandbox: true, restricted: false, auth: 'oauth1', baseUrl: 'sandbox', vocabulary: '2.166' };
  }
  validate(request: LookupRequest): ReturnType<LookupRunner['validate']> {
    return prepareLookup(request, { vocabulary: '2.166', auth: 'oauth1' });
  }
  urlFor(): string | undefined {
    return undefined;
  }
  async run(request: LookupRequest): Promise<vscode.Uri | undefined> {
    this.runs.push(request);
    return vscode.Uri.parse(`x-api-result:/palette-${this.runs.length}.json`);
  }
}

/** An in-memory globalState. */
class MemoryState {
  readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  async update(key: string, value: unknown): Promise<void> {
    this.values.set(key, value);
  }
}

/** Runs `start` (which opens a quick pick) and presses Enter in it, as often as needed until `start` settles. */
async function acceptWhenShown<T>(start: () => Promise<T>): Promise<T> {
  let settled = false;
  const result = start().finally(() => {
    settled = true;
  });
  const deadline = Date.now() + 15_000;
  while (!settled && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return result;
}

describe('palette: the field picker', function () {
  this.timeout(30_000);
  let modules: LazyModules;
  before(async () => {
    await extension().activate();
    modules = new LazyModules(extension().extensionPath);
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  it('puts each parameter under its own separator, with plain-text docs and no parameter name on every row', () => {
    const { docForParameterValue, plainDescription } = modules.loadInline();
    const fields = VOCABULARY_FIELDS['2.166'];
    const items = fieldPickItems(fields, (param, value) => {
      const doc = docForParameterValue(param, value);
      return doc && plainDescription(doc);
    }, { userFields: [], tweetFields: [], expansions: [] });
    const separators = items.filter((item) => item.kind === vscode.QuickPickItemKind.Separator).map((item) => item.label);
    assert.deepEqual(separators, ['user.fields', 'expansions', 'tweet.fields']);
    const rows = items.filter((item) => item.kind !== vscode.QuickPickItemKind.Separator);
    assert.equal(rows.length, fields.userFields.length + fields.expansions.length + fields.tweetFields.length);
    // Only a value in two groups (created_at is a user field and a tweet field) names its parameter.
    const named = rows.filter((row) => row.description !== undefined);
    assert.ok(named.length > 0 && named.length < rows.length / 3, `${named.length} of ${rows.length} rows name their parameter`);
    for (const row of named) assert.ok(rows.filter((other) => other.label === row.label).length > 1, row.label);
    const documented = rows.filter((row) => row.detail !== undefined);
    assert.ok(documented.length > rows.length / 2);
    for (const row of documented) assert.ok(!row.detail!.includes('`'), `${row.label}: ${row.detail}`);
    assert.ok(rows.every((row) => row.picked === false));
  });

  it('preselects what was picked last time for the endpoint, in VS Code\'s quick pick, and remembers the new picks', async () => {
    const runner = new RecordingRunner();
    const memory = new MemoryState();
    memory.values.set(MementoKeys.fieldPicks, {
      me: { userFields: ['created_at', 'public_metrics'], expansions: ['pinned_tweet_id'], tweetFields: [] },
      userById: { userFields: ['url'], expansions: [], tweetFields: [] },
    });
    // /2/users/me asks nothing but the fields, so Enter in the picker sends what it shows checked.
    const uri = await acceptWhenShown(() => lookupCommand('me', runner, modules, memory)());
    assert.equal(uri?.scheme, 'x-api-result');
    assert.deepEqual(runner.runs, [{ endpoint: 'me', userFields: ['created_at', 'public_metrics'], expansions: ['pinned_tweet_id'], tweetFields: undefined }]);
    await untilTrue('the picks are remembered', () => JSON.stringify(memory.values.get(MementoKeys.fieldPicks)).includes('"me"'));
    const remembered = memory.values.get(MementoKeys.fieldPicks) as Record<string, { userFields: string[] }>;
    assert.deepEqual(remembered.me.userFields, ['created_at', 'public_metrics']);
    assert.deepEqual(remembered.userById.userFields, ['url'], 'other endpoints keep theirs');
  });

  it('preselects nothing for an endpoint never picked for', async () => {
    const runner = new RecordingRunner();
    const memory = new MemoryState();
    memory.values.set(MementoKeys.fieldPicks, { userById: { userFields: ['url'], expansions: [], tweetFields: [] } });
    await acceptWhenShown(() => lookupCommand('me', runner, modules, memory)());
    assert.deepEqual(runner.runs, [{ endpoint: 'me', userFields: undefined, expansions: undefined, tweetFields: undefined }]);
  });
});

describe('manifest contributions as VS Code read them', function () {
  this.timeout(30_000);
  before(async () => {
    await extension().activate();
  });

  it('defaults remote.portsAttributes to ignore the sandbox\'s port range (accepted, not warned away)', () => {
    const inspected = vscode.workspace.getConfiguration('remote').inspect<Record<string, { onAutoForward?: string }>>('portsAttributes');
    const range = `${SANDBOX_PORTS.first}-${SANDBOX_PORTS.last}`;
    assert.equal(inspected?.defaultValue?.[range]?.onAutoForward, 'ignore', JSON.stringify(inspected?.defaultValue));
  });

  it('starts the in-editor sandbox inside that range', async () => {
    await vscode.commands.executeCommand(Commands.trySandbox);
    // The log channel writes beside the extension's log folder, as the credentials test reads it.
    const logDir = path.dirname(extension().exports.logUri.fsPath);
    const logText = (): string => filesUnder(logDir).filter((file) => file.endsWith('.log')).map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    await untilTrue('the sandbox start is logged', () => /sandbox listening on http:\/\/127\.0\.0\.1:\d+/.test(logText()));
    const port = Number(/sandbox listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(logText())![1]);
    assert.ok(port >= SANDBOX_PORTS.first && port <= SANDBOX_PORTS.last, `port ${port}`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('declares the walkthrough VS Code shows under Get Started', () => {
    const walkthroughs = extension().packageJSON.contributes.walkthroughs as { id: string; steps: { id: string }[] }[];
    assert.equal(walkthroughs[0].steps.length, 4);
  });
});
