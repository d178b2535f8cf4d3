/**
 * "Copy as cURL" for a lookup the built-in sandbox answered. The extension's sandbox listens on a port of its own
 * choosing, inside VS Code, and signs with OAuth 1.0a: a cURL line pointing there, with an Authorization value the
 * user cannot make, runs nowhere. What is copied instead runs as pasted:
 *
 * 1. the CLI with `--sandbox`, which starts a sandbox of its own and signs with its documented credentials;
 * 2. cURL against a sandbox the user starts (`x-api-explorer sandbox --port N`), with the sandbox's documented, public
 *    token in the header (app-only Bearer where the endpoint takes it, else the OAuth 2.0 user token). An endpoint
 *    that takes OAuth 1.0a only gets no cURL line: cURL cannot sign, and the note says so.
 */
import { SANDBOX_BEARER, SANDBOX_OAUTH2 } from '../auth/sandboxCredentials';
import { ENDPOINTS } from '../catalog/endpoints';
import type { LookupRequest } from '../request/lookupRequest';
import { cliLookupParts, curlLine } from './curl';

/** The port the snippet tells the user to start a sandbox on (the one the README uses too). */
export const SANDBOX_SNIPPET_PORT = 8080;

/** The CLI line that answers the lookup from the CLI's own sandbox: nothing to set up, no credentials. */
export function sandboxCliCommand(request: LookupRequest, vocabulary: string): string {
  return [...cliLookupParts(request, vocabulary), '--sandbox'].join(' ');
}

/** The documented sandbox token cURL can send for an endpoint, or undefined when only OAuth 1.0a is accepted. */
export function sandboxCurlToken(request: LookupRequest): string | undefined {
  const accepted = ENDPOINTS[request.endpoint].auth;
  if (accepted.includes('bearer')) return SANDBOX_BEARER.token;
  if (accepted.includes('oauth2')) return SANDBOX_OAUTH2.accessToken;
  return undefined;
}

/**
 * The text copied for a sandbox lookup. `pathAndQuery` is the validated request's (PreparedRequest.pathAndQuery);
 * `port` is where the user's own sandbox listens.
 */
export function sandboxSnippet(request: LookupRequest, pathAndQuery: string, vocabulary: string, port = SANDBOX_SNIPPET_PORT): string {
  const lines = [
    "# The sandbox inside VS Code answered this lookup; it is not reachable from a shell. This runs as it is:",
    '# the x-api-explorer CLI answers from a sandbox of its own, with no credentials to set.',
    sandboxCliCommand(request, vocabulary),
    '',
  ];
  const token = sandboxCurlToken(request);
  if (token === undefined) {
    lines.push(
      `# ${ENDPOINTS[request.endpoint].path} takes OAuth 1.0a only, which signs every request anew: cURL cannot, the CLI`,
      '# line above does (with the sandbox\'s documented credentials).',
    );
  } else {
    lines.push(
      `# Or cURL, once a sandbox runs in another terminal: x-api-explorer sandbox --port ${port}`,
      '# (the token is the sandbox\'s documented one: public, and accepted nowhere else).',
      curlLine(`http://127.0.0.1:${port}${pathAndQuery}`, `Authorization: Bearer ${token}`),
    );
  }
  return lines.join('\n');
}
