import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { VOCABULARIES } from '../../src/core/catalog/vocabulary';
import {
  BUILDER_VIEW_TYPE,
  Commands,
  ContextKeys,
  HIDDEN_FROM_PALETTE,
  RESULT_SCHEME,
  Settings,
  TreeItemContexts,
  VIEW_CONTAINER,
  Views,
} from '../../src/host/common/ids';
import { SANDBOX_MODES, SETTING_DEFAULTS, TIMEOUT_RANGE_MS } from '../../src/host/common/settingDefaults';
import { projectRoot } from '../../tools/workbench/projectFiles';

const root = projectRoot;
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(resolve(root, 'package.nls.json'), 'utf8'));

describe('manifest', () => {
  it('declares exactly the commands of the command table', () => {
    const declared = (manifest.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    assert.deepEqual(declared, Object.values(Commands).sort());
  });

  it('puts every command in the X API category with a localised title', () => {
    for (const command of manifest.contributes.commands as { command: string; title: string; category: string }[]) {
      assert.equal(command.category, 'X API', command.command);
      const key = /^%(.+)%$/.exec(command.title)?.[1];
      assert.ok(key && typeof nls[key] === 'string' && nls[key].length > 0, `${command.command} title ${command.title}`);
    }
  });

  it('hides link-only commands from the palette', () => {
    const hidden = (manifest.contributes.menus.commandPalette as { command: string; when: string }[]).filter((e) => e.when === 'false').map((e) => e.command);
    assert.deepEqual(hidden.sort(), [...HIDDEN_FROM_PALETTE].sort());
  });

  it('references only declared commands in menus and welcome views', () => {
    const known = new Set(Object.values(Commands));
    for (const entries of Object.values(manifest.contributes.menus) as { command: string }[][]) {
      for (const entry of entries) assert.ok(known.has(entry.command as never), entry.command);
    }
    for (const welcome of manifest.contributes.viewsWelcome as { contents: string }[]) {
      for (const match of welcome.contents.matchAll(/command:([\w.]+)/g)) assert.ok(known.has(match[1] as never), match[1]);
    }
  });

  it('resolves every %key% of the manifest', () => {
    const text = JSON.stringify(manifest.contributes) + manifest.displayName + manifest.description;
    for (const match of text.matchAll(/%([\w.]+)%/g)) assert.ok(typeof nls[match[1]] === 'string', match[1]);
  });

  it('activates on use, never at start-up', () => {
    const events: string[] = manifest.activationEvents;
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), events.join(', '));
  });

  it('has a 128x128 PNG marketplace icon', () => {
    assert.equal(manifest.icon, 'media/icon.png');
    const png = readFileSync(resolve(root, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    // IHDR: width and height are the first two big-endian words after the chunk header.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it('lets only user settings choose where credentials go, and declares Restricted Mode', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.equal(properties['xapi.baseUrl'].scope, 'application');
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.ok(typeof nls[trust.description.slice(1, -1)] === 'string');
    for (const key of trust.restrictedConfigurations) assert.ok(properties[key], `${key} is not a declared setting`);
    assert.ok(trust.restrictedConfigurations.includes('xapi.sandbox'));
  });

  it('ships only the runtime files in the package', () => {
    const ignore = readFileSync(resolve(root, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^\*\*$/m);
    for (const kept of ['dist/extension.js', 'dist/app.js', 'dist/engine.js', 'dist/inline.js', 'dist/sandbox.js', 'dist/webview/builder.js', 'media/*.css', 'media/*.svg', 'README.md', 'CHANGELOG.md', 'LICENSE']) assert.ok(ignore.includes(`!${kept}`), kept);
  });

  it('ships every bundle the extension requires by path', () => {
    // The lazily loaded halves are required by a computed path the bundler cannot see: a bundle missing from the
    // package fails only on first use, in the user's editor.
    const ignore = readFileSync(resolve(root, '.vscodeignore'), 'utf8');
    const required = new Set<string>();
    for (const file of sourceFiles(resolve(root, 'src/host'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/require\(path\.join\([^)]*'dist', '([\w.-]+\.js)'\)/g)) required.add(`dist/${match[1]}`);
    }
    assert.ok(required.size >= 4, `found ${[...required].join(', ')}`);
    for (const bundle of required) assert.ok(ignore.includes(`!${bundle}`), `${bundle} is required at run time but not packaged`);
  });
});

/** Every `when` clause of the manifest, with where it is. */
function whenClauses(): { where: string; when: string }[] {
  const clauses: { where: string; when: string }[] = [];
  for (const [menu, entries] of Object.entries(manifest.contributes.menus as Record<string, { command: string; when?: string }[]>)) {
    for (const entry of entries) if (entry.when !== undefined) clauses.push({ where: `${menu} ${entry.command}`, when: entry.when });
  }
  for (const entry of [...(manifest.contributes.keybindings ?? []), ...(manifest.contributes.viewsWelcome ?? [])] as { when?: string }[]) {
    if (entry.when !== undefined) clauses.push({ where: JSON.stringify(entry).slice(0, 60), when: entry.when });
  }
  for (const views of Object.values(manifest.contributes.views as Record<string, { id: string; when?: string }[]>)) {
    for (const view of views) if (view.when !== undefined) clauses.push({ where: view.id, when: view.when });
  }
  return clauses;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('manifest ids', () => {
  const viewIds = new Set<string>(Object.values(Views));
  const contextKeys = new Set<string>(Object.values(ContextKeys));
  const itemContexts = new Set<string>(Object.values(TreeItemContexts));

  it('declares exactly the views of the view table, in the container of the ids table', () => {
    assert.deepEqual(Object.keys(manifest.contributes.views), [VIEW_CONTAINER]);
    assert.deepEqual((manifest.contributes.viewsContainers.activitybar as { id: string }[]).map((c) => c.id), [VIEW_CONTAINER]);
    const declared = (manifest.contributes.views[VIEW_CONTAINER] as { id: string }[]).map((v) => v.id).sort();
    assert.deepEqual(declared, [...viewIds].sort());
    for (const welcome of manifest.contributes.viewsWelcome as { view: string }[]) assert.ok(viewIds.has(welcome.view), welcome.view);
  });

  it('uses in `when` clauses only views, context keys and tree item values of the ids tables, and every one of them', () => {
    const usedKeys = new Set<string>();
    const usedItems = new Set<string>();
    for (const { where, when } of whenClauses()) {
      for (const match of when.matchAll(/\bview\s*==\s*([\w.-]+)/g)) assert.ok(viewIds.has(match[1]), `${where}: view ${match[1]}`);
      for (const match of when.matchAll(/\bviewItem\s*==\s*([\w.-]+)/g)) {
        assert.ok(itemContexts.has(match[1]), `${where}: viewItem ${match[1]}`);
        usedItems.add(match[1]);
      }
      for (const match of when.matchAll(/\bviewItem\s*=~\s*\/(.+?)\/(?=\s|$)/g)) {
        const pattern = new RegExp(match[1]);
        for (const word of match[1].match(/[A-Za-z]{3,}/g) ?? []) assert.ok(itemContexts.has(word), `${where}: viewItem pattern names ${word}`);
        for (const value of itemContexts) if (pattern.test(value)) usedItems.add(value);
      }
      for (const match of when.matchAll(/\bresourceScheme\s*==\s*([\w.-]+)/g)) assert.equal(match[1], RESULT_SCHEME, where);
      // Any other xapi.* word outside a regular expression is a context key.
      const outsidePatterns = when.replace(/=~\s*\/.+?\/(?=\s|$)/g, '').replace(/\bview\s*==\s*[\w.-]+/g, '');
      for (const match of outsidePatterns.matchAll(/\bxapi\.[\w.]+/g)) {
        assert.ok(contextKeys.has(match[0]), `${where}: context key ${match[0]} is not in ContextKeys`);
        usedKeys.add(match[0]);
      }
    }
    assert.deepEqual([...usedKeys].sort(), [...contextKeys].sort(), 'every context key is used by the manifest');
    // The folder and endpoint groups have no menu of their own yet; their values still come from the table.
    for (const value of [TreeItemContexts.savedLookup, TreeItemContexts.historyEntry]) assert.ok(usedItems.has(value), value);
  });

  it('activates on the webview type and the result scheme of the ids table', () => {
    const events: string[] = manifest.activationEvents;
    assert.ok(events.includes(`onWebviewPanel:${BUILDER_VIEW_TYPE}`), BUILDER_VIEW_TYPE);
    assert.ok(events.includes(`onFileSystem:${RESULT_SCHEME}`), RESULT_SCHEME);
  });

  it('declares exactly the settings of the settings table, with the defaults and limits the reader uses', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; enum?: unknown[]; minimum?: number; maximum?: number }>;
    assert.deepEqual(Object.keys(properties).sort(), Object.values(Settings).sort());
    for (const [name, key] of Object.entries(Settings) as [keyof typeof Settings, string][]) {
      assert.deepEqual(SETTING_DEFAULTS[name], properties[key].default, `the default of ${key}`);
    }
    assert.deepEqual(properties[Settings.sandbox].enum, [...SANDBOX_MODES]);
    assert.deepEqual(properties[Settings.vocabulary].enum, [...VOCABULARIES]);
    assert.deepEqual([properties[Settings.timeoutMs].minimum, properties[Settings.timeoutMs].maximum], [TIMEOUT_RANGE_MS.min, TIMEOUT_RANGE_MS.max]);
    for (const key of manifest.capabilities.untrustedWorkspaces.restrictedConfigurations as string[]) {
      assert.ok((Object.values(Settings) as string[]).includes(key), key);
    }
  });

  it('spells no id of the tables out anywhere else in src', () => {
    const ids = new Set<string>([
      ...Object.values(Commands), ...viewIds, ...contextKeys, ...Object.values(Settings), BUILDER_VIEW_TYPE, RESULT_SCHEME,
    ]);
    const tables = resolve(root, 'src', 'host', 'common', 'ids.ts');
    const found: string[] = [];
    for (const file of sourceFiles(resolve(root, 'src'))) {
      if (file === tables) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(['"])([\w.-]+)\1/g)) {
        if (ids.has(match[2])) found.push(`${relative(root, file)}: ${match[0]}`);
      }
    }
    assert.deepEqual(found, []);
  });
});

describe('package contents (vsce ls)', function () {
  this.timeout(60_000);
  it('holds only the bundles, media, the manifest, README, CHANGELOG and LICENSE', () => {
    const vsce = resolve(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
      .split('\n').map((line) => line.trim()).filter(Boolean);
    const allowed = /^(dist\/(extension|app|engine|inline|sandbox)\.js|dist\/webview\/builder\.js|media\/[^/]+\.(css|svg)|media\/icon\.png|package\.json|package\.nls\.json|README\.md|CHANGELOG\.md|LICENSE)$/;
    for (const file of listed) assert.match(file, allowed);
    for (const needed of ['dist/extension.js', 'dist/engine.js', 'dist/inline.js', 'dist/sandbox.js', 'media/icon.png', 'package.json', 'README.md', 'LICENSE']) assert.ok(listed.includes(needed), needed);
  });
});
