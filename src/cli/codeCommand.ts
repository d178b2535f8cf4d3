/** `x-api-explorer code <target> <lookup>`: prints the lookup as a snippet in that client; nothing is sent. */
import { ENDPOINTS, type AuthKind } from '../core/catalog/endpoints';
import { DEFAULT_VOCABULARY } from '../core/catalog/vocabulary';
import { DEFAULT_BASE_URL, normalizeBaseUrl } from '../core/request/baseUrl';
import type { LookupRequest } from '../core/request/lookupRequest';
import { snippetFor } from '../core/snippets/snippetFor';
import { snippetTarget, type SnippetTargetId } from '../core/snippets/targets';
import type { CliOptions } from './args';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './cliIo';

/** --auth, else the first kind (bearer, oauth2, oauth1) that both the endpoint and the client take. */
function authFor(target: SnippetTargetId, request: LookupRequest, wanted: AuthKind | undefined): AuthKind | undefined {
  if (wanted) return wanted;
  const accepted = ENDPOINTS[request.endpoint].auth;
  return (['bearer', 'oauth2', 'oauth1'] as const).find((kind) => accepted.includes(kind) && snippetTarget(target).auth.includes(kind));
}

export function printSnippet(target: SnippetTargetId, request: LookupRequest, options: CliOptions, io: CliIo): number {
  const base = normalizeBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  if (!base.ok) {
    io.stderr(`error: ${base.message}\n`);
    return EXIT_INVALID;
  }
  const auth = authFor(target, request, options.auth);
  if (!auth) {
    io.stderr(`error: ${snippetTarget(target).label} sends none of the auth kinds ${ENDPOINTS[request.endpoint].path} accepts\n`);
    return EXIT_INVALID;
  }
  const snippet = snippetFor(target, { request, auth, vocabulary: options.vocabulary ?? DEFAULT_VOCABULARY, baseUrl: base.url });
  if (!snippet.ok) {
    io.stderr(`error: ${snippet.message}\n`);
    return EXIT_INVALID;
  }
  io.stdout(snippet.code);
  return EXIT_OK;
}
