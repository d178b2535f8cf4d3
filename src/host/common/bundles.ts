/**
 * The bundles that load after activation, each required by a computed path so the bundler leaves it out of the one
 * that requires it. Joined by hand (Node takes `/` on every platform) so activation loads no module but its own.
 */
import type * as AppModule from '../../app';
import type * as ServicesModule from '../../services';

/** dist/app.js (src/app.ts): lookups, results, trees' data, builder; started on first use. */
export function requireApp(extensionPath: string): typeof AppModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`${extensionPath}/dist/app.js`) as typeof AppModule;
}

/** dist/services.js (src/services.ts): the start-up that follows activation. */
export function requireServices(extensionPath: string): typeof ServicesModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`${extensionPath}/dist/services.js`) as typeof ServicesModule;
}
