// Runs the integration suite in a downloaded desktop VS Code through @vscode/test-electron, for machines that can
// reach Microsoft's update server. (Where they cannot, use test/runInVsCode.ts.) Same suite index, same tests.
//
//   node out/test/runWithElectron.js [--version stable|insiders|1.100.0] [--grep PATTERN]
//
// The download is cached in .vscode-test/. XAPI_VSCODE_EXECUTABLE=/path/to/code uses an installed VS Code instead.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { integrationSuiteIndex, projectRoot } from '../tools/workbench/projectFiles';

/** `<repo>/out/test/runWithElectron.js` -> `<repo>` */

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<void> {
  const version = argValue('--version') ?? process.env.XAPI_VSCODE_VERSION ?? 'stable';
  const grep = argValue('--grep');
  const extensionDevelopmentPath = projectRoot;
  const extensionTestsPath = integrationSuiteIndex;
  // An empty folder as the workspace, and private user data, so the developer's own setup does not leak in.
  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-electron-'));
  const workspace = path.join(tempRoot, 'workspace');
  fs.mkdirSync(workspace);
  try {
    const vscodeExecutablePath = process.env.XAPI_VSCODE_EXECUTABLE;
    const exitCode = await runTests({
      ...(vscodeExecutablePath === undefined ? { version } : { vscodeExecutablePath }),
      extensionDevelopmentPath,
      extensionTestsPath,
      ...(grep === undefined ? {} : { extensionTestsEnv: { XAPI_TEST_GREP: grep } }),
      // runTests adds --skip-welcome, --disable-workspace-trust and friends itself.
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${path.join(tempRoot, 'user')}`],
    });
    process.exitCode = exitCode;
  } catch (error) {
    // runTests rejects when the suite fails or VS Code cannot be downloaded or started.
    console.error(`[runWithElectron] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    fs.rmSync(tempRoot, { recursive: true, force: true });
  }
}

void main();
