/**
 * Entry of `dist/engine.js`, the bundle the extension loads on its first lookup rather than at activation: undici
 * alone takes about 100 ms to require, which activation should not pay.
 */
export { HttpClient } from './httpClient';
export { LookupEngine } from './lookupEngine';
