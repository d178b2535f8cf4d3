// Inline docs in a real extension host: hovers, completions, diagnostics and quick fixes in TypeScript (untitled
// documents), Python, .http, JSON and Markdown fixtures. The suite registers the providers itself (the composition
// root may register them too: every assertion tolerates the duplicates that would give).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../../src/host/common/ids';
import { INLINE_DIAGNOSTIC_SOURCE } from '../../src/host/inline/diagnostics';
import { Settings } from '../../src/host/common/ids';
import { LazyModules } from '../../src/host/common/lazyModules';
import { registerInlineDocs } from '../../src/host/inline/register';
import { projectRoot } from '../../tools/workbench/projectFiles';

/** `<repo>/out/test/integration` -> `<repo>/test/fixtures/inline` */
const FIXTURES = path.join(projectRoot, 'test', 'fixtures', 'inline');

const TWITTER_API_V2 = [
  "import { TwitterApi } from 'twitter-api-v2';",
  '',
  'export async function show(client: TwitterApi): Promise<void> {',
  "  const user = await client.v2.user('2244994945', {",
  "    'user.fields': ['created_at', ''],",
  "    'tweet.fields': ['lang'],",
  '  });',
  '  console.log(user.data.public_metrics?.followers_count);',
  "  const url = 'https://api.x.com/2/users/me?user.fields=create_at';",
  '  const created_at = row.created_at;',
  '}',
  '',
].join('\n');

async function openFixture(name: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(vscode.Uri.file(path.join(FIXTURES, name)));
}

async function openTypeScript(content: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument({ language: 'typescript', content });
}

/** Position inside the first occurrence of `needle` (at its `delta`-th character). */
function positionOf(document: vscode.TextDocument, needle: string, delta = 1): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in ${document.uri.toString()}`);
  return document.positionAt(at + delta);
}

function markdownOf(content: vscode.MarkdownString | vscode.MarkedString): string {
  return typeof content === 'string' ? content : content.value;
}

/** Our hovers' Markdown at a position (other providers, e.g. TypeScript's, are filtered out by our doc heading). */
async function inlineHovers(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers.flatMap((hover) => hover.contents.map(markdownOf)).filter((text) => text.includes(`command:${Commands.lookupUser}`) || /^\*\*[\w.[\]]+\*\* `/.test(text));
}

async function completionLabels(document: vscode.TextDocument, position: vscode.Position, param: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items.filter((item) => typeof item.detail === 'string' && item.detail.startsWith(param));
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function ourDiagnostics(document: vscode.TextDocument): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === INLINE_DIAGNOSTIC_SOURCE);
}

/** Waits until the document's inline diagnostics satisfy `ready` (they come after a debounce). */
async function diagnosticsWhen(document: vscode.TextDocument, ready: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const diagnostics = ourDiagnostics(document);
    if (ready(diagnostics)) return diagnostics;
    if (Date.now() > deadline) assert.fail(`diagnostics never got ready: ${JSON.stringify(diagnostics.map((d) => d.message))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Applies the quick fix titled `title` for the diagnostic whose message matches (the command's answer does not carry
 * the actions' diagnostics, so the title identifies ours).
 */
async function applyQuickFix(document: vscode.TextDocument, message: RegExp, title: string): Promise<void> {
  const all = await diagnosticsWhen(document, (found) => found.some((d) => message.test(d.message)));
  const diagnostic = all.find((d) => message.test(d.message))!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
  const fix = actions.find((action) => action.title === title);
  assert.ok(fix?.edit, `no "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
  assert.equal(fix.isPreferred, true);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
}

async function setVocabulary(value: '2.166' | '2.167' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('xapi').update('vocabulary', value, vscode.ConfigurationTarget.Global);
}

describe('inline docs in the editor', function () {
  this.timeout(30_000);
  let registrations: vscode.Disposable[] = [];

  before(() => {
    const extension = vscode.extensions.getExtension('x-api-explorer.x-api-explorer');
    assert.ok(extension, 'the extension under test');
    registrations = registerInlineDocs({ modules: new LazyModules(extension.extensionPath), debounceMs: 50 });
  });

  after(async () => {
    for (const registration of registrations) registration.dispose();
    await setVocabulary(undefined);
  });

  describe('TypeScript (twitter-api-v2)', () => {
    it('hovers a user.fields value with its doc and a lookup link for exactly that field', async () => {
      const document = await openTypeScript(TWITTER_API_V2);
      const [hover] = await inlineHovers(document, positionOf(document, "'created_at'", 2));
      assert.ok(hover, 'a hover');
      assert.match(hover, /\*\*created_at\*\*/);
      assert.match(hover, /Requested with `user\.fields=created_at`/);
      const link = /command:xapi\.lookupUser\?([^ )]+)/.exec(hover);
      assert.ok(link, hover);
      assert.deepEqual(JSON.parse(decodeURIComponent(link[1])), { id: '2244994945', userFields: ['created_at'] });
    });

    it('the link runs a sandbox lookup whose result shows the field', async () => {
      const document = await openTypeScript(TWITTER_API_V2);
      const [hover] = await inlineHovers(document, positionOf(document, 'followers_count'));
      const link = /command:xapi\.lookupUser\?([^ )]+)/.exec(hover ?? '');
      assert.ok(link, hover);
      const args = JSON.parse(decodeURIComponent(link[1])) as unknown;
      await vscode.workspace.getConfiguration('xapi').update('sandbox', 'auto', vscode.ConfigurationTarget.Global);
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.lookupUser, args);
      assert.ok(uri, 'the lookup returned a result');
      const body = JSON.parse((await vscode.workspace.openTextDocument(uri)).getText()) as { data: { public_metrics?: { followers_count?: number } } };
      assert.equal(typeof body.data.public_metrics?.followers_count, 'number');
    });

    it('completes user.fields values inside the array, documented, without the listed ones', async () => {
      const document = await openTypeScript(TWITTER_API_V2);
      const items = await completionLabels(document, positionOf(document, "''", 1), 'user.fields');
      const labels = items.map(labelOf);
      assert.ok(labels.includes('description'), JSON.stringify(labels));
      assert.ok(!labels.includes('created_at'), 'already listed');
      const description = items.find((item) => labelOf(item) === 'description')!;
      assert.match(markdownOf(description.documentation as vscode.MarkdownString), /\*\*description\*\*/);
    });

    it('warns about an unknown value and a missing expansion, and the quick fixes repair both', async () => {
      const document = await openTypeScript(TWITTER_API_V2);
      const diagnostics = await diagnosticsWhen(document, (all) => all.length >= 2);
      const messages = diagnostics.map((d) => d.message);
      assert.ok(messages.some((m) => /user\.fields value create_at: did you mean created_at\?/.test(m)), JSON.stringify(messages));
      assert.ok(messages.some((m) => /^tweet\.fields has no effect on a user lookup without expansions=pinned_tweet_id/.test(m)));
      assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));

      await applyQuickFix(document, /did you mean created_at/, 'Replace with created_at');
      assert.match(document.getText(), /\/2\/users\/me\?user\.fields=created_at';/);
      await applyQuickFix(document, /has no effect on a user lookup/, 'Add expansions=pinned_tweet_id');
      assert.match(document.getText(), /'tweet\.fields': \['lang'\], 'expansions': \['pinned_tweet_id'\],/);
      await diagnosticsWhen(document, (all) => all.length === 0);
    });

    it('gives nothing to look-alike code: a created_at variable', async () => {
      const document = await openTypeScript(TWITTER_API_V2);
      assert.deepEqual(await inlineHovers(document, positionOf(document, 'created_at = row')), []);
      assert.deepEqual(await inlineHovers(document, positionOf(document, 'row.created_at', 5)), []);
    });
  });

  describe('Python (tweepy)', () => {
    it('hovers subscripts, completes keyword arguments and flags the typo', async () => {
      const document = await openFixture('tweepyLookup.py');
      assert.equal(document.languageId, 'python');
      const [hover] = await inlineHovers(document, positionOf(document, '"followers_count"', 2));
      assert.match(hover ?? '', /\*\*public_metrics\.followers_count\*\*/);
      const labels = (await completionLabels(document, positionOf(document, '"lang"', 1), 'tweet.fields')).map(labelOf);
      assert.ok(labels.includes('geo'));
      const diagnostics = await diagnosticsWhen(document, (all) => all.length > 0);
      assert.deepEqual(diagnostics.map((d) => d.message).filter((m, i, all) => all.indexOf(m) === i), [
        'Unknown user.fields value create_at: did you mean created_at?',
      ]);
      assert.deepEqual(await inlineHovers(document, positionOf(document, '"foo"', 2)), [], 'unrelated dict');
    });
  });

  describe('.http files', () => {
    it('are read by extension whatever their language id: hover, completion, diagnostics', async () => {
      const document = await openFixture('lookups.http');
      const [hover] = await inlineHovers(document, positionOf(document, 'created_at,verifed'));
      assert.match(hover ?? '', /\*\*created_at\*\*/);
      const labels = (await completionLabels(document, positionOf(document, 'pinned_tweet_id'), 'expansions')).map(labelOf);
      assert.ok(labels.includes('pinned_tweet_id'));
      const diagnostics = await diagnosticsWhen(document, (all) => all.length >= 2);
      const messages = diagnostics.map((d) => d.message);
      assert.ok(messages.some((m) => /verifed: did you mean verified\?/.test(m)), JSON.stringify(messages));
      assert.ok(messages.some((m) => /^tweet\.fields has no effect/.test(m)));
      // The multi-line request has its expansion: one missing-expansion warning only, on the first request's line.
      assert.equal(diagnostics.filter((d) => /^tweet\.fields has no effect/.test(d.message)).every((d) => d.range.start.line === 4), true);
    });
  });

  describe('JSON fixtures and Markdown', () => {
    it('hovers keys of a JSON X response', async () => {
      const document = await openFixture('userResponse.json');
      const [hover] = await inlineHovers(document, positionOf(document, '"followers_count"', 2));
      assert.match(hover ?? '', /\*\*public_metrics\.followers_count\*\*/);
      const [tweet] = await inlineHovers(document, positionOf(document, '"edit_history_tweet_ids"', 2));
      assert.match(tweet ?? '', /expansions.*pinned_tweet_id|pinned_tweet_id/);
    });

    it('reads Markdown code blocks and nothing else', async () => {
      const document = await openFixture('guide.md');
      const [hover] = await inlineHovers(document, positionOf(document, 'verified_type', 2));
      assert.match(hover ?? '', /\*\*verified_type\*\*/);
      assert.deepEqual(await inlineHovers(document, positionOf(document, 'user.fields=created_at', 14)), [], 'prose');
      const labels = (await completionLabels(document, positionOf(document, 'location', 0), 'user.fields')).map(labelOf);
      assert.ok(labels.includes('description'));
    });
  });

  describe('the vocabulary setting', () => {
    it('2.167: expansions complete and check in the post vocabulary', async () => {
      await setVocabulary('2.167');
      try {
        const document = await openTypeScript("client.v2.user(id, { 'user.fields': ['created_at'], expansions: ['pinned_tweet_id', ''] });\n");
        const labels = (await completionLabels(document, positionOf(document, "''", 1), 'expansions')).map(labelOf);
        assert.ok(labels.includes('pinned_post_id'), JSON.stringify(labels));
        assert.ok(!labels.includes('most_recent_tweet_id'));
        await applyQuickFix(document, /pinned_tweet_id is spec 2\.166; with xapi\.vocabulary 2\.167 use pinned_post_id/, 'Replace with pinned_post_id');
        assert.match(document.getText(), /expansions: \['pinned_post_id', ''\]/);
      } finally {
        await setVocabulary(undefined);
      }
    });
  });

  describe('endpoint-aware checks, well-formed completions (issue 9)', () => {
    it('checks each call against its own endpoint: author_id is fine on bookmarks, pinned_tweet_id is not', async () => {
      const document = await openTypeScript([
        "import { TwitterApi } from 'twitter-api-v2';",
        'export async function saved(client: TwitterApi): Promise<unknown> {',
        "  return client.v2.bookmarks({ expansions: ['author_id', 'attachments.media_keys', 'pinned_tweet_id'], 'media.fields': ['url'] });",
        '}',
        '',
      ].join('\n'));
      const diagnostics = await diagnosticsWhen(document, (found) => found.length > 0);
      // The composition root may have registered the providers too: duplicates are one finding.
      assert.deepEqual([...new Set(diagnostics.map((d) => document.getText(d.range)))], ['pinned_tweet_id']);
      assert.match(diagnostics[0].message, /GET \/2\/users\/:id\/bookmarks/);
      assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Warning);
    });

    it('under 2.167, a value today\'s API takes is information, not a warning', async () => {
      await setVocabulary('2.167');
      try {
        const document = await openFixture('correct/tv2Timeline.ts');
        const diagnostics = await diagnosticsWhen(document, (found) => found.length > 0);
        assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Information), JSON.stringify(diagnostics.map((d) => d.message)));
        assert.ok(diagnostics.some((d) => document.getText(d.range) === 'pinned_tweet_id'));
      } finally {
        await setVocabulary(undefined);
      }
    });

    it('a completion accepted after a comma goes in front of the next value, not over it', async () => {
      const document = await openTypeScript("client.v2.user(id, { 'user.fields': 'created_at,description' });\n");
      const position = positionOf(document, 'description', 0);
      const items = await completionLabels(document, position, 'user.fields');
      const location = items.find((item) => labelOf(item) === 'location');
      assert.ok(location, JSON.stringify(items.map(labelOf)));
      const range = location.range instanceof vscode.Range ? location.range : location.range!.replacing;
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, range, typeof location.insertText === 'string' ? location.insertText : location.insertText!.value);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(document.getText(), "client.v2.user(id, { 'user.fields': 'created_at,location,description' });\n");
    });

    it('xdk: camelCase response properties hover as the API field; a Twitch user gets nothing', async () => {
      const xdk = await openFixture('correct/xdkClient.js');
      const [doc] = await inlineHovers(xdk, positionOf(xdk, 'followersCount', 2));
      assert.match(doc ?? '', /followers_count/);
      const twitch = await openFixture('correct/twitchUsers.js');
      assert.deepEqual(await inlineHovers(twitch, positionOf(twitch, 'profile_image_url', 2)), []);
    });

    it('planted mistakes in our Python fixture are all flagged, and only they', async () => {
      const document = await openFixture('planted/tweepyPlanted.py');
      const diagnostics = await diagnosticsWhen(document, (found) => found.length >= 3);
      assert.deepEqual([...new Set(diagnostics.map((d) => document.getText(d.range)))].sort(), ['language', 'owner_id', 'tweet_fields']);
    });
  });

  describe('budgets', () => {
    it('shows at most 100 warnings, the first ones, on a 390 KB file full of them, without blocking', async () => {
      const lookup = (i: number): string =>
        `const u${i} = await client.v2.user(id, { 'user.fields': ['created_at', 'create_at', 'locaton'] }); // ${'x'.repeat(40)}\n`;
      const content = "import { TwitterApi } from 'twitter-api-v2';\n" + Array.from({ length: 2800 }, (_, i) => lookup(i)).join('');
      assert.ok(content.length > 380_000, String(content.length));
      const started = Date.now();
      const document = await openTypeScript(content);
      const diagnostics = await diagnosticsWhen(document, (found) => found.length >= 100);
      const elapsed = Date.now() - started;
      // The composition root's registration may publish the same 100 in a collection of its own.
      const distinct = new Set(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`));
      assert.equal(distinct.size, 100);
      assert.ok(diagnostics.length === 100 || diagnostics.length === 200, String(diagnostics.length));
      assert.equal(Math.max(...diagnostics.map((d) => d.range.start.line)), 50, 'the first 50 lookups, two warnings each');
      console.log(`      ${Math.round(content.length / 1024)} KB: 100 warnings after ${elapsed} ms`);
    });

    it('xapi.inline.maxFileSizeKb: a document over the limit gets nothing at all', async () => {
      const config = vscode.workspace.getConfiguration();
      await config.update(Settings.inlineMaxFileSizeKb, 1, vscode.ConfigurationTarget.Global);
      try {
        const document = await openTypeScript(TWITTER_API_V2 + `// ${'padding '.repeat(200)}\n`);
        assert.ok(document.getText().length > 1024);
        assert.deepEqual(await inlineHovers(document, positionOf(document, "'created_at'", 2)), []);
        // Diagnostics come in a timer: give it time to (not) publish.
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.deepEqual(ourDiagnostics(document), []);
        const small = await openTypeScript(TWITTER_API_V2);
        assert.ok((await inlineHovers(small, positionOf(small, "'created_at'", 2))).length > 0, 'a small document is read');
      } finally {
        await config.update(Settings.inlineMaxFileSizeKb, undefined, vscode.ConfigurationTarget.Global);
      }
    });
  });

  describe('settings', () => {
    it('xapi.inline.hover false turns the hovers off (when the manifest declares it)', async function () {
      const config = vscode.workspace.getConfiguration();
      if (config.inspect(Settings.inlineHover)?.defaultValue === undefined) this.skip();
      await config.update(Settings.inlineHover, false, vscode.ConfigurationTarget.Global);
      try {
        const document = await openTypeScript(TWITTER_API_V2);
        assert.deepEqual(await inlineHovers(document, positionOf(document, "'created_at'", 2)), []);
      } finally {
        await config.update(Settings.inlineHover, undefined, vscode.ConfigurationTarget.Global);
      }
    });
  });
});
