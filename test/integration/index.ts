// Entry point the extension host loads as `extensionTestsPath` (both runners: test/runInVsCode.ts and
// test/runWithElectron.ts). Runs every compiled `*.test.js` next to this file with mocha's bdd UI, like the unit
// tests, and rejects when anything fails so the runner exits non-zero.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Called by VS Code's test runner inside the extension host. */
export function run(): Promise<void> {
  const grep = process.env.XAPI_TEST_GREP;
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    // Real editor operations (opening documents, webviews) are slower than unit tests.
    timeout: 20_000,
    ...(grep === undefined || grep === '' ? {} : { grep }),
  });
  for (const file of findTestFiles(__dirname)) {
    mocha.addFile(file);
  }
  return new Promise<void>((resolve, reject) => {
    let passed = 0;
    try {
      const runner = mocha.run((failures) => {
        console.log(`${passed} passed, ${failures} failed`);
        if (failures > 0) {
          reject(new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`));
        } else {
          resolve();
        }
      });
      runner.on('pass', () => {
        passed++;
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** Every `*.test.js` below `dir`, sorted so the order is the same on every machine. */
function findTestFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...findTestFiles(full));
    } else if (entry.isFile() && entry.name.endsWith('.test.js')) {
      files.push(full);
    }
  }
  return files.sort();
}
