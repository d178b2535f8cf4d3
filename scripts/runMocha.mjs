// Runs the compiled mocha tests under a folder and ends with the "N passed, N failed" line that CI reads.
import Mocha from 'mocha';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'out/test/unit');
const grep = process.env.MOCHA_GREP;

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.js') ? [path] : [];
  });
}

const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 20_000, ...(grep ? { grep } : {}) });
for (const file of testFiles(root).sort()) mocha.addFile(file);

const runner = mocha.run((failures) => {
  const { passes, failures: failed, pending } = runner.stats;
  console.log(`\n${passes} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
  process.exitCode = failures > 0 || passes === 0 ? 1 : 0;
});
