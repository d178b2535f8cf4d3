// Builds the bundles: the extension host entry, the webview (browser) entry and the CLI. Type checking is tsc's job.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const bench = args.has('--bench');
// `--dist DIR`: where the bundles go (default dist/); npm run bench:host builds the shipped form into its own copy.
const distFlag = process.argv.indexOf('--dist');
const dist = distFlag > 0 ? process.argv[distFlag + 1] : 'dist';

const shared = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

/**
 * `import * as vscode from 'vscode'` becomes `__toESM(require("vscode"))` in a CommonJS bundle: a copy of the API
 * object as getters, made at each of the ~25 importing modules while the bundle loads. In a real extension host that
 * object has hundreds of keys, and the copies were a third of our activation (measured by npm run bench:host). The
 * code only ever reads `vscode.<member>`, which the object itself answers, so the bundle takes it as it is. The lint
 * rule against default imports of vscode keeps that true.
 */
const plainVscodeRequire = {
  name: 'plain-vscode-require',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length > 0) return;
      const file = build.initialOptions.outfile;
      const text = await readFile(file, 'utf8');
      // `__toESM` in a development build, a one-letter name once minified: the one wrapper of require("vscode").
      const wrappers = new Set([...text.matchAll(/([A-Za-z_$][\w$]*)\(require\("vscode"\)\)/g)].map((match) => match[1]));
      if (wrappers.size > 1) throw new Error(`${file}: require("vscode") wrapped by ${[...wrappers].join(', ')}; expected only __toESM`);
      const rewritten = text.replace(/[A-Za-z_$][\w$]*\(require\("vscode"\)\)/g, 'require("vscode")');
      if (rewritten !== text) await writeFile(file, rewritten);
    });
  },
};

/** A CommonJS bundle for Node (the extension host, the CLI), from one entry point. */
const nodeBundle = (entry, name) => ({ ...shared, entryPoints: [entry], outfile: `${dist}/${name}.js`, platform: 'node', format: 'cjs', target: 'node20' });
/** A bundle the extension host loads: `vscode` is the host's, required as it is. */
const hostBundle = (entry, name) => ({ ...nodeBundle(entry, name), external: ['vscode'], plugins: [plainVscodeRequire] });

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  hostBundle('src/extension.ts', 'extension'),
  hostBundle('src/services.ts', 'services'),
  hostBundle('src/app.ts', 'app'),
  nodeBundle('src/net/bundleEntry.ts', 'engine'),
  nodeBundle('src/core/inline/bundleEntry.ts', 'inline'),
  nodeBundle('src/sandbox/bundleEntry.ts', 'sandbox'),
  {
    ...nodeBundle('src/cli/main.ts', 'cli'),
    banner: { js: '#!/usr/bin/env node' },
    define: { PACKAGE_VERSION: JSON.stringify(version) },
  },
  {
    ...shared,
    entryPoints: ['src/webview/builder/main.ts'],
    outfile: `${dist}/webview/builder.js`,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    tsconfig: 'src/webview/tsconfig.json',
  },
].filter((options) => existsSync(options.entryPoints[0]));

if (bench) {
  // The benchmark imports the engine from source and the competitors from node_modules, so they stay external.
  builds.splice(0, builds.length, {
    ...shared,
    minify: false,
    entryPoints: ['bench/bench.ts', 'bench/hoverBenchMain.ts', 'bench/inlineBenchMain.ts', 'bench/activationChild.ts', 'bench/hostBench.ts', 'bench/host/activationSuite.ts'],
    outdir: 'out/bench',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
  });
}

// A production build starts from an empty dist/, so no stale development file (or source map) gets packaged.
if (production) rmSync(dist, { recursive: true, force: true });

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log(`[watch] watching ${contexts.length} bundles`);
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
