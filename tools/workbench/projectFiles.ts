// The tools that drive a workbench load the extension straight from the clone (as a development extension), so
// they need to know where the clone is and that it was built.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** `<repo>/out/tools/workbench/projectFiles.js` -> `<repo>` */
export const projectRoot = path.resolve(__dirname, '..', '..', '..');

/** What `npm run build` writes and the development extension loads. */
export const extensionBundles: readonly string[] = ['dist/extension.js', 'dist/webview/builder.js'];

/**
 * Throws for the first of `files` (relative to the root) that is missing, naming the command that fixes it: clearer
 * than an extension that silently does not activate in the workbench.
 */
export function checkBuilt(files: readonly string[]): void {
  for (const file of files) {
    if (!fs.existsSync(path.join(projectRoot, file))) {
      throw new Error(`${file} is missing: run \`npm run build\` first`);
    }
  }
}
