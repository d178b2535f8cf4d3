/** Entry of `dist/sandbox.js`, loaded only when a lookup is answered by the sandbox. */
export { startSandbox } from './server';
export { startSandboxInRange } from './portRange';
