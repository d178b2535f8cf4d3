// Lint rules, including the import walls of the architecture: core and shared stay pure, storage stays out of the
// editor, webview stays in the browser.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Bare module names, anchored (`/util` would also match our own `../util/markdown`), plus every `node:` import.
const nodeBuiltins = ['node:*', ...['fs', 'path', 'http', 'https', 'net', 'crypto', 'os', 'child_process', 'url', 'util', 'stream'].map((name) => `/${name}`)];

/** What src/host may import: engine and sandbox only as types (they load lazily), never the webview or the CLI. */
const hostImports = {
  paths: [{ name: 'undici', message: 'undici loads with the engine bundle (common/lazyModules), not at activation.', allowTypeImports: true }],
  patterns: [
    { group: ['**/net/**', '**/sandbox/**'], allowTypeImports: true, message: 'The host loads the engine and the sandbox lazily (common/lazyModules); import only their types.' },
    { group: ['**/core/inline/**', '**/core/catalog/apiVocabulary', '**/core/fieldDocs/**', '**/core/response/hoverMarkdown'], allowTypeImports: true, message: 'The field docs, the inline docs engine and the v2 vocabulary load with dist/inline.js on first use (common/lazyModules.loadInline); import only their types.' },
    { group: ['**/webview/**', '**/cli/**'], message: 'The host talks to the webview through messages, and never runs the CLI.' },
  ],
};

/** Host modules that must not need the editor at all (their tests are plain Node, under test/unit/host). */
const pureHostModules = ['src/host/builder/formModel.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        // esbuild.mjs hands the bundle the API object itself instead of an ESM copy; that holds only for namespace imports.
        { selector: "ImportDeclaration[source.value='vscode'][importKind!='type'] > ImportDefaultSpecifier", message: "Use `import * as vscode from 'vscode'`." },
      ],
      // Sanitising input means matching control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'undici', ...nodeBuiltins], message: 'core and shared are pure: no vscode, undici or node built-ins.' },
          { group: ['**/host/**', '**/net/**', '**/sandbox/**', '**/cli/**', '**/webview/**'], message: 'core depends on nothing but itself.' },
        ],
      }],
    },
  },
  {
    files: ['src/net/**/*.ts', 'src/sandbox/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode'], message: 'Only src/host imports vscode.' },
          { group: ['**/host/**', '**/webview/**'], message: 'The engine does not depend on the editor.' },
        ],
      }],
    },
  },
  {
    // Activation must not load undici or the sandbox's data: the host reaches them through common/lazyModules, which
    // requires their separate bundles on first use. Types are free (erased at build).
    files: ['src/host/**/*.ts', 'src/extension.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', hostImports] },
  },
  {
    // The host's pure modules: what an adapter decides, in plain values, so test/unit runs them without the editor.
    // Types from vscode-using modules are fine (erased); a value import of one would bring vscode back.
    files: pureHostModules,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        ...hostImports,
        paths: [...hostImports.paths, { name: 'vscode', message: 'A pure host module: the adapter passes in what it reads from the editor.' }],
        patterns: [...hostImports.patterns, { regex: '^\\.\\.?/(?!\\.\\./)', allowTypeImports: true, message: 'A pure host module imports only types from the rest of the host; values come from core and shared.' }],
      }],
    },
  },
  {
    // The store's file work runs in plain Node (and in the tests' child processes), never needing the editor.
    files: ['src/storage/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'undici'], message: 'storage is plain Node: no vscode, no network.' },
          { group: ['**/host/**', '**/net/**', '**/sandbox/**', '**/cli/**', '**/webview/**'], message: 'storage depends on core only.' },
        ],
      }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode', 'undici', ...nodeBuiltins], message: 'Webview code runs in the browser.' },
          { group: ['**/host/**', '**/net/**', '**/sandbox/**', '**/cli/**'], message: 'The webview talks to the host only through messages.' },
        ],
      }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'tools/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
