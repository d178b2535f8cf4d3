/**
 * Loads the engine, the sandbox and the inline docs bundles on first use. They are separate files (dist/engine.js,
 * dist/sandbox.js, dist/inline.js) so that activation requires neither undici, the sandbox's data nor the inline
 * scanners with the whole v2 vocabulary.
 */
import * as path from 'node:path';
import type * as InlineModule from '../../core/inline/bundleEntry';
import type * as EngineModule from '../../net/bundleEntry';
import type * as SandboxModule from '../../sandbox/bundleEntry';

export type EngineExports = typeof EngineModule;
export type SandboxExports = typeof SandboxModule;
export type InlineExports = typeof InlineModule;

export class LazyModules {
  private engine: EngineExports | undefined;
  private sandbox: SandboxExports | undefined;
  private inline: InlineExports | undefined;

  constructor(private readonly extensionPath: string) {}

  loadEngine(): EngineExports {
    // A computed path keeps the bundler from inlining the module into the extension bundle.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.engine ??= require(path.join(this.extensionPath, 'dist', 'engine.js')) as EngineExports;
    return this.engine;
  }

  loadSandbox(): SandboxExports {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.sandbox ??= require(path.join(this.extensionPath, 'dist', 'sandbox.js')) as SandboxExports;
    return this.sandbox;
  }

  loadInline(): InlineExports {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.inline ??= require(path.join(this.extensionPath, 'dist', 'inline.js')) as InlineExports;
    return this.inline;
  }
}
