// Builds the bundles: the extension host entry, the webview (browser) entry and the CLI. Type checking is tsc's job.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const bench = args.has('--bench');

const shared = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    ...shared,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    ...shared,
    entryPoints: ['src/net/bundleEntry.ts'],
    outfile: 'dist/engine.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...shared,
    entryPoints: ['src/sandbox/bundleEntry.ts'],
    outfile: 'dist/sandbox.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    ...shared,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { PACKAGE_VERSION: JSON.stringify(version) },
  },
  {
    ...shared,
    entryPoints: ['src/webview/builder/main.ts'],
    outfile: 'dist/webview/builder.js',
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
if (production) rmSync('dist', { recursive: true, force: true });

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log(`[watch] watching ${contexts.length} bundles`);
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
