import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Commands, HIDDEN_FROM_PALETTE } from '../../src/host/common/ids';
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
    for (const kept of ['dist/extension.js', 'dist/engine.js', 'dist/inline.js', 'dist/sandbox.js', 'dist/webview/builder.js', 'media/*.css', 'media/*.svg', 'README.md', 'CHANGELOG.md', 'LICENSE']) assert.ok(ignore.includes(`!${kept}`), kept);
  });
});

describe('package contents (vsce ls)', function () {
  this.timeout(60_000);
  it('holds only the bundles, media, the manifest, README, CHANGELOG and LICENSE', () => {
    const vsce = resolve(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
      .split('\n').map((line) => line.trim()).filter(Boolean);
    const allowed = /^(dist\/(extension|engine|inline|sandbox)\.js|dist\/webview\/builder\.js|media\/[^/]+\.(css|svg)|media\/icon\.png|package\.json|package\.nls\.json|README\.md|CHANGELOG\.md|LICENSE)$/;
    for (const file of listed) assert.match(file, allowed);
    for (const needed of ['dist/extension.js', 'dist/engine.js', 'dist/inline.js', 'dist/sandbox.js', 'media/icon.png', 'package.json', 'README.md', 'LICENSE']) assert.ok(listed.includes(needed), needed);
  });
});
