// The start log names the host by both its versions: code-server's (the npm package) and the VS Code inside it.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hostLabel, vscodeVersionOf } from '../../../tools/workbench/codeServer';

describe('workbench host naming', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-host-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  /** A code-server package laid out as npm installs it, with VS Code `version` inside. */
  function install(version: string | undefined): { codeServerVersion: string; serverMain: string } {
    const vscodeDir = path.join(root, 'node_modules', 'code-server', 'lib', 'vscode');
    fs.mkdirSync(path.join(vscodeDir, 'out'), { recursive: true });
    const serverMain = path.join(vscodeDir, 'out', 'server-main.js');
    fs.writeFileSync(serverMain, '');
    if (version !== undefined) fs.writeFileSync(path.join(vscodeDir, 'package.json'), JSON.stringify({ name: 'code-oss-dev', version }));
    return { codeServerVersion: '4.100.3', serverMain };
  }

  it('says code-server and VS Code apart: code-server 4.100.3 (VS Code 1.100.3)', () => {
    const host = install('1.100.3');
    assert.equal(vscodeVersionOf(host), '1.100.3');
    assert.equal(hostLabel(host), 'code-server 4.100.3 (VS Code 1.100.3)');
  });

  it('names only code-server when the VS Code version cannot be read, never passing one number off as the other', () => {
    assert.equal(hostLabel(install(undefined)), 'code-server 4.100.3');
    fs.writeFileSync(path.join(path.dirname(install(undefined).serverMain), '..', 'package.json'), '{"version": "not a version"}');
    assert.equal(hostLabel({ codeServerVersion: '4.100.3', serverMain: install(undefined).serverMain }), 'code-server 4.100.3');
  });
});
