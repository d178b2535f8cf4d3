import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { VOCABULARIES } from '../../src/core/catalog/vocabulary';
import {
  BUILDER_VIEW_TYPE,
  Commands,
  ContextKeys,
  HIDDEN_FROM_PALETTE,
  RESULT_SCHEME,
  SANDBOX_PORTS,
  Settings,
  TreeItemContexts,
  VIEW_CONTAINER,
  Views,
} from '../../src/host/common/ids';
import { SANDBOX_MODES, SETTING_DEFAULTS, TIMEOUT_RANGE_MS } from '../../src/host/common/settingDefaults';
import { editDistance } from '../../src/core/request/suggest';
import { projectRoot } from '../../tools/workbench/projectFiles';

const root = projectRoot;
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(resolve(root, 'package.nls.json'), 'utf8'));

/** The configuration nodes of the manifest (one object or a list of them, as VS Code accepts both). */
const configurationNodes = (): { id?: string; title: string; properties: Record<string, never> }[] => [manifest.contributes.configuration].flat();
/** Every setting of every configuration node, by key. */
const settingProperties = (): Record<string, never> => Object.assign({}, ...configurationNodes().map((node) => node.properties));

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
    const properties = settingProperties() as Record<string, { scope?: string }>;
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
    for (const kept of ['dist/extension.js', 'dist/services.js', 'dist/app.js', 'dist/engine.js', 'dist/inline.js', 'dist/sandbox.js', 'dist/webview/builder.js', 'media/*.css', 'media/*.svg', 'README.md', 'CHANGELOG.md', 'LICENSE']) assert.ok(ignore.includes(`!${kept}`), kept);
  });

  it('ships every bundle the extension requires by path', () => {
    // The lazily loaded halves are required by a computed path the bundler cannot see: a bundle missing from the
    // package fails only on first use, in the user's editor.
    const ignore = readFileSync(resolve(root, '.vscodeignore'), 'utf8');
    const required = new Set<string>();
    for (const file of sourceFiles(resolve(root, 'src/host'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/require\((?:path\.join\([^)]*'dist', '|`\$\{\w+\}\/dist\/)([\w.-]+\.js)['`]/g)) required.add(`dist/${match[1]}`);
    }
    assert.ok(required.size >= 5, `found ${[...required].join(', ')}`);
    for (const bundle of required) assert.ok(ignore.includes(`!${bundle}`), `${bundle} is required at run time but not packaged`);
  });
});

/** A manifest string with its %key% resolved from package.nls.json. */
function localized(value: string): string {
  const key = /^%(.+)%$/.exec(value)?.[1];
  return key === undefined ? value : (nls[key] as string);
}

interface Keybinding {
  readonly command: string;
  readonly key: string;
  readonly mac?: string;
  readonly when?: string;
}

describe('manifest: palette, keys, walkthrough and settings', () => {
  const commands = manifest.contributes.commands as { command: string; title: string }[];
  const titleOf = (id: string): string => localized(commands.find((c) => c.command === id)!.title);

  it('gives the lookup commands titles that differ early and by more than a letter or two', () => {
    const lookups = [Commands.lookupUser, Commands.lookupUsers, Commands.lookupUserByUsername, Commands.lookupUsersByUsernames, Commands.lookupMe, Commands.lookupCustomProfile, Commands.listCustomProfiles];
    const titles = lookups.map(titleOf);
    assert.equal(new Set(titles).size, titles.length, titles.join(' | '));
    for (const a of titles) {
      for (const b of titles) {
        if (a === b) continue;
        // "Look Up User by ID" / "Look Up Users by IDs" were two edits apart, and the palette's recently-used order
        // ran the wrong one.
        assert.ok(editDistance(a.toLowerCase(), b.toLowerCase()) >= 5, `${a} vs ${b}`);
        assert.ok(!b.toLowerCase().startsWith(a.toLowerCase()), `${a} is a prefix of ${b}`);
      }
    }
    assert.equal(titleOf(Commands.lookupUser), 'User by ID');
    assert.equal(titleOf(Commands.lookupUsers), 'Several Users by IDs');
  });

  it('binds the main actions to a chord VS Code leaves free, with a macOS form, and only to declared commands', () => {
    const bindings = manifest.contributes.keybindings as Keybinding[];
    const known = new Set<string>(Object.values(Commands));
    for (const binding of bindings) assert.ok(known.has(binding.command), binding.command);
    const chord = (command: string): Keybinding => {
      const found = bindings.find((binding) => binding.command === command);
      assert.ok(found, `${command} has no keybinding`);
      return found;
    };
    for (const [command, letter] of [[Commands.openRequestBuilder, 'n'], [Commands.rerunLastLookup, 'r'], [Commands.copyAsCurl, 'c']] as const) {
      assert.equal(chord(command).key, `ctrl+alt+x ${letter}`, command);
      assert.equal(chord(command).mac, `cmd+alt+x ${letter}`, command);
    }
    // Rerun and copy need a lookup to work on, as their palette entries do.
    assert.equal(chord(Commands.rerunLastLookup).when, ContextKeys.hasLastLookup);
    const chords = bindings.map((binding) => binding.key).filter((key) => key.startsWith('ctrl+alt+x '));
    assert.equal(new Set(chords).size, chords.length, 'each chord once');
  });

  it('binds F2 and Delete in the Saved tree and Delete in History, only while that view has focus and no input does', () => {
    const bindings = manifest.contributes.keybindings as Keybinding[];
    const find = (command: string, key: string): Keybinding | undefined => bindings.find((b) => b.command === command && b.key === key);
    const rename = find(Commands.renameSavedLookup, 'f2');
    const remove = find(Commands.deleteSavedLookup, 'delete');
    const removeEntry = find(Commands.deleteHistoryEntry, 'delete');
    assert.ok(rename && remove && removeEntry);
    for (const binding of [rename, remove]) assert.equal(binding.when, `focusedView == ${Views.savedLookups} && !inputFocus`);
    assert.equal(removeEntry.when, `focusedView == ${Views.history} && !inputFocus`);
    // Finder's and VS Code's own Explorer key for delete on macOS.
    for (const binding of [remove, removeEntry]) assert.equal(binding.mac, 'cmd+backspace');
  });

  it('gives History entries their own commands in their menu, and saved lookups theirs', () => {
    const items = manifest.contributes.menus['view/item/context'] as { command: string; when: string }[];
    const forHistory = items.filter((item) => /view == xapi\.history\b|historyEntry/.test(item.when)).map((item) => item.command);
    for (const command of [Commands.rerunHistoryEntry, Commands.saveHistoryEntry, Commands.deleteHistoryEntry, Commands.copyAsCurl]) {
      assert.ok(forHistory.includes(command), `${command} is not on History entries`);
    }
    for (const item of items.filter((i) => [Commands.runSavedLookup, Commands.renameSavedLookup, Commands.deleteSavedLookup, Commands.duplicateSavedLookup].includes(i.command as never))) {
      assert.doesNotMatch(item.when, /historyEntry/, `${item.command} shows on history entries`);
    }
    assert.equal(titleOf(Commands.rerunHistoryEntry), 'Run Again');
    assert.equal(titleOf(Commands.saveHistoryEntry), 'Save This…');
    assert.equal(titleOf(Commands.deleteHistoryEntry), 'Delete Entry');
    const titleBar = manifest.contributes.menus['view/title'] as { command: string; when: string }[];
    assert.ok(titleBar.some((item) => item.command === Commands.filterHistory && item.when.includes(`view == ${Views.history}`)));
  });

  it('declares a walkthrough whose every step has a media file that exists and links only declared commands', () => {
    const walkthroughs = manifest.contributes.walkthroughs as {
      id: string; title: string; description: string;
      steps: { id: string; title: string; description: string; media: { markdown?: string; image?: string; altText?: string }; completionEvents?: string[] }[];
    }[];
    assert.equal(walkthroughs.length, 1);
    const [walkthrough] = walkthroughs;
    assert.ok(localized(walkthrough.title) && localized(walkthrough.description));
    assert.deepEqual(walkthrough.steps.map((step) => step.id), ['sandbox', 'hover', 'save', 'signIn']);
    const known = new Set<string>(Object.values(Commands));
    for (const step of walkthrough.steps) {
      const description = localized(step.description);
      assert.ok(localized(step.title) && description, step.id);
      // Markdown media only: a step has exactly one of image, svg or markdown, and no image is fetched from outside.
      assert.deepEqual(Object.keys(step.media), ['markdown'], step.id);
      const media = resolve(root, step.media.markdown!);
      assert.ok(existsSync(media), `${step.id}: ${step.media.markdown} is missing`);
      assert.doesNotMatch(readFileSync(media, 'utf8'), /!\[|<img|https?:\/\/(?!api\.x\.com)/, `${step.id}: no images or outside links in the media`);
      const links = [...description.matchAll(/\(command:([\w.]+)\)/g), ...readFileSync(media, 'utf8').matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
      for (const link of links) assert.ok(known.has(link), `${step.id} links ${link}, which is not declared`);
      for (const event of step.completionEvents ?? []) {
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        assert.ok(command && known.has(command), `${step.id}: ${event}`);
      }
      assert.ok(links.length > 0, `${step.id} has a button`);
    }
    // Sign in: the step names the sign-in command once the manifest declares one, Set Credentials until then.
    const signIn = localized(walkthrough.steps[3].description);
    assert.match(signIn, known.has('xapi.signIn') ? /command:xapi\.signIn/ : /command:xapi\.setCredentials/);
  });

  it('files every setting under "X API", with no "Xapi:" prefix and no raw backticks where Markdown is not rendered', () => {
    const nodes = configurationNodes();
    // The settings editor drops a key's category when it matches the id of the group it is shown in, and an
    // extension with two or more configuration nodes gets one group per node, by its id ("Base Url", not
    // "Xapi: Base Url"); with a single node the group is the extension's id, which "xapi" does not match.
    assert.deepEqual(nodes.map((node) => [node.id, node.title]), [['xapi', 'X API'], ['xapi.inline', 'X API: Inline Docs'], ['xapi.history', 'X API: History'], ['xapi.auth', 'X API: Sign In'], ['xapi.cost', 'X API: Cost']]);
    for (const node of nodes) {
      for (const key of Object.keys(node.properties)) {
        assert.equal(key.slice(0, key.lastIndexOf('.')), node.id, `${key} is not in the group that trims its prefix`);
      }
    }
    for (const [key, property] of Object.entries(settingProperties() as Record<string, { description?: string; enumDescriptions?: string[] }>)) {
      for (const text of [property.description, ...(property.enumDescriptions ?? [])]) {
        if (text !== undefined) assert.ok(!localized(text).includes('`'), `${key}: backticks in a plain description (use markdownDescription)`);
      }
    }
  });

  it('keeps the sandbox\'s port range out of VS Code\'s automatic port forwarding', () => {
    const attributes = manifest.contributes.configurationDefaults['remote.portsAttributes'] as Record<string, { onAutoForward: string }>;
    assert.deepEqual(Object.keys(attributes), [`${SANDBOX_PORTS.first}-${SANDBOX_PORTS.last}`]);
    assert.equal(attributes[`${SANDBOX_PORTS.first}-${SANDBOX_PORTS.last}`].onAutoForward, 'ignore');
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
      for (const match of when.matchAll(/\b(?:view|focusedView)\s*==\s*([\w.-]+)/g)) assert.ok(viewIds.has(match[1]), `${where}: view ${match[1]}`);
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
      const outsidePatterns = when.replace(/=~\s*\/.+?\/(?=\s|$)/g, '').replace(/\b(?:view|focusedView)\s*==\s*[\w.-]+/g, '');
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
    const properties = settingProperties() as Record<string, { default: unknown; enum?: unknown[]; minimum?: number; maximum?: number }>;
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
    const allowed = /^(dist\/(extension|services|app|engine|inline|sandbox)\.js|dist\/webview\/builder\.js|media\/[^/]+\.(css|svg)|media\/icon\.png|media\/walkthrough\/[\w-]+\.md|package\.json|package\.nls\.json|README\.md|CHANGELOG\.md|LICENSE)$/;
    for (const file of listed) assert.match(file, allowed);
    for (const needed of ['dist/extension.js', 'dist/engine.js', 'dist/inline.js', 'dist/sandbox.js', 'media/icon.png', 'package.json', 'README.md', 'LICENSE']) assert.ok(listed.includes(needed), needed);
  });
});
