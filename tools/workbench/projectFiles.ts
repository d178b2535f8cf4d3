// The tools that drive a workbench load the extension straight from the clone (as a development extension), so
// they need to know where the clone is and that it was built.
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The clone's root: the nearest folder above this file with the project's package.json. Found by walking up rather
 * than counted, since this file runs from out/tools/workbench (tsc) and from bundles in out/bench (esbuild).
 */
export const projectRoot = findProjectRoot(__dirname);

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'x-api-explorer') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no x-api-explorer package.json above ${start}`);
  }
}

/** What `npm run build` writes and the development extension loads. */
export const extensionBundles: readonly string[] = ['dist/extension.js', 'dist/engine.js', 'dist/sandbox.js', 'dist/inline.js', 'dist/webview/builder.js'];

/** What `npm run compile-tests` writes for the integration suite (its index, without `.js`, is the tests path). */
export const integrationSuiteIndex = path.join(projectRoot, 'out', 'test', 'integration', 'index');

/**
 * Throws for the first of `files` (relative to the root) that is missing, naming the command that fixes it: clearer
 * than an extension that silently does not activate in the workbench.
 */
export function checkBuilt(files: readonly string[]): void {
  for (const file of files) {
    if (!fs.existsSync(path.isAbsolute(file) ? file : path.join(projectRoot, file))) {
      const fix = file.startsWith(path.join(projectRoot, 'out')) || file.startsWith('out/') ? 'npm run compile-tests' : 'npm run build';
      throw new Error(`${file} is missing: run \`${fix}\` first`);
    }
  }
}
