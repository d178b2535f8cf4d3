// The pieces of `npm run bench:host` that run outside the editor: which files it copies as "ours", the baseline
// fixture it compares against, and the reading of a CPU profile back to source files.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { benchExtensions } from '../../../bench/host/benchPlan';
import { packagedFiles } from '../../../bench/host/packagedFiles';
import { summarizeProfile } from '../../../bench/host/profileSummary';
import { projectRoot } from '../../../tools/workbench/projectFiles';

const root = projectRoot;

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'xapi-bench-unit-'));
}

function write(dir: string, file: string, text = ''): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

describe('bench:host', () => {
  describe('packagedFiles', () => {
    it('lists the files an allow-list .vscodeignore lets in, exact paths and * names', () => {
      const dir = tempDir();
      try {
        write(dir, '.vscodeignore', '**\n!dist/extension.js\n!media/*.svg\n!package.json\n!CHANGELOG.md\n');
        for (const file of ['dist/extension.js', 'dist/extension.js.map', 'dist/cli.js', 'media/a.svg', 'media/b.svg', 'media/a.css', 'package.json', 'src/x.ts']) write(dir, file);
        // CHANGELOG.md is allowed but absent: not listed, no error.
        assert.deepEqual(packagedFiles(dir), ['dist/extension.js', 'media/a.svg', 'media/b.svg', 'package.json']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('refuses a .vscodeignore it would only half understand', () => {
      const dir = tempDir();
      try {
        write(dir, '.vscodeignore', 'src/**\nnode_modules/**\n');
        assert.throws(() => packagedFiles(dir), /does not start with `\*\*`/);
        write(dir, '.vscodeignore', '**\n!dist/**/x.js\n');
        assert.throws(() => packagedFiles(dir), /a \* only in the file name/);
        write(dir, '.vscodeignore', '**\n!dist/extension.js\nout/\n');
        assert.throws(() => packagedFiles(dir), /only `!path` lines/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('reads the project’s own .vscodeignore, manifest included', () => {
      const files = packagedFiles(root);
      assert.ok(files.includes('package.json') && files.includes('package.nls.json'), files.join(', '));
      assert.ok(!files.some((file) => file.startsWith('src/') || file.endsWith('.map')), files.join(', '));
    });
  });

  describe('the trivial baseline extension', () => {
    const fixture = path.join(root, 'bench', 'fixtures', 'trivial-extension');
    const manifest = JSON.parse(fs.readFileSync(path.join(fixture, 'package.json'), 'utf8')) as {
      publisher: string; name: string; main: string; activationEvents: string[]; contributes: { commands: { command: string }[] };
    };

    it('activates only on its one command, and has a main file', () => {
      assert.deepEqual(manifest.contributes.commands.map((c) => c.command), ['xapiBench.hello']);
      assert.deepEqual(manifest.activationEvents, ['onCommand:xapiBench.hello']);
      assert.ok(fs.existsSync(path.join(fixture, manifest.main)));
    });

    it('has the ids the bench suite looks up', () => {
      const ours = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { publisher: string; name: string };
      assert.equal(`${manifest.publisher}.${manifest.name}`, benchExtensions.trivial);
      assert.equal(`${ours.publisher}.${ours.name}`, benchExtensions.ours);
    });
  });

  describe('summarizeProfile', () => {
    it('charges a bundle line’s samples to the source file it came from, the rest to the host', () => {
      const dir = tempDir();
      try {
        write(dir, 'src/tables.ts', 'export function buildTables(): number[] {\n  const rows: number[] = [];\n  for (let i = 0; i < 10; i++) rows.push(i * 2);\n  return rows;\n}\n');
        write(dir, 'src/main.ts', "import { buildTables } from './tables';\nexport function activate(): number {\n  const rows = buildTables();\n  return rows.length;\n}\n");
        const bundle = path.join(dir, 'dist', 'extension.js');
        buildSync({ entryPoints: [path.join(dir, 'src/main.ts')], bundle: true, platform: 'node', format: 'cjs', sourcemap: true, outfile: bundle, logLevel: 'silent' });
        const lines = fs.readFileSync(bundle, 'utf8').split('\n');
        const lineOf = (text: string): number => lines.findIndex((line) => line.includes(text)) + 1;
        const pushLine = lineOf('rows.push(');
        const activateLine = lineOf('buildTables();');
        assert.ok(pushLine > 0 && activateLine > 0);

        const url = `file://${bundle}`;
        const profile = {
          startTime: 0,
          endTime: 10_000, // 10 ms over 10 samples: 1 ms each
          samples: [1, 2, 2, 2, 3, 3, 3, 3, 4, 4],
          nodes: [
            { id: 1, callFrame: { functionName: '(idle)', url: '', lineNumber: -1, columnNumber: -1 }, hitCount: 1 },
            { id: 2, callFrame: { functionName: 'activate', url, lineNumber: activateLine - 2, columnNumber: 0 }, hitCount: 3, positionTicks: [{ line: activateLine, ticks: 3 }] },
            { id: 3, callFrame: { functionName: 'buildTables', url, lineNumber: pushLine - 3, columnNumber: 0 }, hitCount: 4, positionTicks: [{ line: pushLine, ticks: 4 }] },
            { id: 4, callFrame: { functionName: 'wrapSafe', url: 'node:internal/modules/cjs/loader', lineNumber: 1, columnNumber: 0 }, hitCount: 2 },
          ],
        };
        const file = path.join(dir, 'p.cpuprofile');
        fs.writeFileSync(file, JSON.stringify(profile));
        const summary = summarizeProfile(file, bundle);
        const byFile = Object.fromEntries(summary.byFile.map(({ what, ms }) => [what.replace(/^.*src\//, 'src/'), ms]));
        assert.equal(summary.totalMs, 10);
        assert.deepEqual(byFile, { 'src/tables.ts': 4, 'src/main.ts': 3, 'node:internal/modules/cjs/loader': 2, '(idle)': 1 });
        assert.equal(summary.byLine[0].what.replace(/^.*src\//, 'src/'), 'src/tables.ts:3');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
