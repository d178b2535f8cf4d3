/**
 * Starting the in-editor sandbox on a port of a known range. A sandbox on a random ephemeral port is picked up by
 * VS Code's automatic port forwarding in a remote or code-server window (it watches the ports the extension host's
 * processes listen on) and listed in the Ports view, where it means nothing to the user. Extensions cannot tell VS
 * Code to skip a port at run time (the port attributes provider API is still proposed), but the manifest can default
 * `remote.portsAttributes` for a range to `"onAutoForward": "ignore"`; so the sandbox listens inside that range, and
 * falls back to any free port only when every port of it is taken.
 */
import { startSandbox, type SandboxOptions, type SandboxServer } from './server';

/** An inclusive range of TCP ports. */
export interface PortRange {
  readonly first: number;
  readonly last: number;
}

/** Errors that mean "this port, not the sandbox, is the problem": try the next one. */
const PORT_TAKEN = new Set(['EADDRINUSE', 'EACCES']);

function isPortTaken(error: unknown): boolean {
  return typeof error === 'object' && error !== null && PORT_TAKEN.has(String((error as { code?: unknown }).code));
}

/**
 * A sandbox on the first free port of `range`, or on any free port when none is. `start` is injectable for tests;
 * any other failure than a taken port is thrown as it is.
 */
export async function startSandboxInRange(
  range: PortRange,
  options: Omit<SandboxOptions, 'port'> = {},
  start: (options: SandboxOptions) => Promise<SandboxServer> = startSandbox,
): Promise<SandboxServer> {
  for (let port = range.first; port <= range.last; port++) {
    try {
      return await start({ ...options, port });
    } catch (error) {
      if (!isPortTaken(error)) throw error;
    }
  }
  return start({ ...options, port: 0 });
}
