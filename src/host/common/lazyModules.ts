/**
 * Loads the engine and the sandbox bundles on first use. They are separate files (dist/engine.js, dist/sandbox.js)
 * so that activation requires neither undici nor the sandbox's data.
 */
import * as path from 'node:path';
import type * as EngineModule from '../../net/bundleEntry';
import type * as SandboxModule from '../../sandbox/bundleEntry';

export type EngineExports = typeof EngineModule;
export type SandboxExports = typeof SandboxModule;

export class LazyModules {
  private engine: EngineExports | undefined;
  private sandbox: SandboxExports | undefined;

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
}
