// src/extension.ts as the bundler leaves it: activation compiles this file, and in a real extension host its size is
// most of what activation costs beyond a one-command extension (npm run bench:host). These keep it to its stand-ins.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Commands } from '../../src/host/common/ids';
import { projectRoot } from '../../tools/workbench/projectFiles';

const bundle = resolve(projectRoot, 'dist', 'extension.js');

describe('the activation bundle (dist/extension.js)', () => {
  before(function () {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build first`);
  });

  it('requires vscode once and the later bundles by a computed path, and nothing else', () => {
    const text = readFileSync(bundle, 'utf8');
    // A production build names the extension path's variable with one letter.
    const required = [...text.matchAll(/\brequire\(([^)]*)\)/g)].map((match) => match[1].replace(/\$\{[\w$]+\}/, '${path}'));
    assert.deepEqual(required.sort(), ['"vscode"', '`${path}/dist/app.js`', '`${path}/dist/services.js`']);
  });

  it('carries no command table: it registers the commands the manifest declares', () => {
    const text = readFileSync(bundle, 'utf8');
    assert.deepEqual(Object.values(Commands).filter((id) => text.includes(`"${id}"`)), []);
  });
});
