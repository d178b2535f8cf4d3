/**
 * Run in a fresh process by the activation benchmark: times `require` and `activate()` of the built extension
 * bundle. Outside VS Code there is no `vscode` module, so a do-nothing stand-in answers every API call; what is
 * measured is the bundle's own load and set-up work, which is what activation adds to an editor's start.
 */
import Module from 'node:module';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A value that is every API at once: callable, constructible, any property is itself. */
function universalStub(): unknown {
  const target = function stub(): void {
    /* stand-in */
  };
  const proxy: unknown = new Proxy(target, {
    get: (_t, key) =>
      key === Symbol.toPrimitive ? () => 'stub' : key === 'then' || typeof key === 'symbol' ? undefined : key === 'length' ? 0 : proxy,
    apply: () => proxy,
    construct: () => proxy as object,
    set: () => true,
  });
  return proxy;
}

const vscodeStub = universalStub();
// esbuild's ESM interop copies the module's own keys, so the stand-in module lists the API's namespaces by name.
const API_NAMES = [
  'CodeActionKind', 'CodeLens', 'Diagnostic', 'DiagnosticSeverity', 'Disposable', 'EventEmitter', 'Hover', 'MarkdownString', 'ProgressLocation',
  'QuickPickItemKind', 'Range', 'Position', 'StatusBarAlignment', 'ThemeColor', 'ThemeIcon', 'TreeItem', 'TreeItemCollapsibleState',
  'Uri', 'ViewColumn', 'authentication', 'commands', 'env', 'extensions', 'l10n', 'languages', 'version', 'window', 'workspace',
];
const vscodeModule = Object.fromEntries(API_NAMES.map((name) => [name, vscodeStub]));
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };
const originalLoad = moduleWithLoad._load;
moduleWithLoad._load = function load(request, parent, isMain) {
  return request === 'vscode' ? vscodeModule : originalLoad.call(this, request, parent, isMain);
};

// VS Code's extension host has long loaded these built-ins (it uses them itself), so loading them is not part of
// what activating this extension costs there; they are loaded before the clock starts.
for (const builtin of ['node:crypto', 'node:fs', 'node:fs/promises', 'node:path', 'node:os', 'node:util', 'node:events']) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(builtin);
}

const extensionPath = process.argv[2];
// The host hands activation its manifest already parsed (activation registers the commands it declares).
const packageJSON: unknown = JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8'));
const loadedBefore = new Set(Object.keys(require.cache));
const t0 = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extension = require(join(extensionPath, 'dist', 'extension.js')) as { activate(context: unknown): unknown };
const t1 = performance.now();
const context = {
  subscriptions: [] as unknown[],
  extensionUri: vscodeStub,
  extensionPath,
  globalStorageUri: vscodeStub,
  secrets: vscodeStub,
  globalState: vscodeStub,
  workspaceState: vscodeStub,
  extension: { packageJSON },
};
extension.activate(context);
const t2 = performance.now();
const loaded = Object.keys(require.cache).filter((file) => !loadedBefore.has(file));
process.stdout.write(JSON.stringify({
  require_ms: t1 - t0,
  activate_ms: t2 - t1,
  modules_loaded: loaded.map((file) => file.slice(extensionPath.length + 1)),
}) + '\n');
