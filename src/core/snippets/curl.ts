/**
 * A lookup as a shell command people can paste: cURL with the secret as an environment-variable placeholder, and the
 * equivalent CLI call. Never a real token: the placeholders are expanded by the user's shell.
 */
import { ENDPOINTS, type AuthKind } from '../catalog/endpoints';
import type { LookupRequest } from '../request/lookupRequest';

export const PLACEHOLDERS: Readonly<Record<AuthKind, string>> = {
  bearer: '$X_BEARER_TOKEN',
  oauth2: '$X_OAUTH2_ACCESS_TOKEN',
  oauth1: '$X_OAUTH1_AUTHORIZATION',
};

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The cURL command line itself, with the Authorization header as given (double-quoted, so `$VARS` expand). */
export function curlLine(url: string, header: string): string {
  return `curl --silent --show-error --request GET \\\n  --url ${shellQuote(url)} \\\n  --header "${header}"`;
}

/** cURL for a validated URL; OAuth 1.0a needs a fresh signature per request, which cURL cannot make, so it says so. */
export function curlCommand(url: string, auth: AuthKind): string {
  const lines: string[] = [];
  if (auth === 'oauth1') {
    lines.push(
      '# OAuth 1.0a signs every request anew (nonce, timestamp, URL): put a freshly signed "OAuth ..." header',
      '# value in X_OAUTH1_AUTHORIZATION, or let the x-api-explorer CLI sign it from X_CONSUMER_KEY and friends.',
    );
  }
  // Double quotes, so the shell expands the placeholder; the URL is single-quoted, since it holds `&`.
  const header = auth === 'oauth1' ? `Authorization: ${PLACEHOLDERS.oauth1}` : `Authorization: Bearer ${PLACEHOLDERS[auth]}`;
  lines.push(curlLine(url, header));
  return lines.join('\n');
}

/** The same lookup through this project's CLI, which reads credentials from the environment. */
export function cliCommand(request: LookupRequest, auth: AuthKind, baseUrl: string | undefined, vocabulary: string): string {
  const parts = cliLookupParts(request, vocabulary);
  parts.push('--auth', auth);
  if (baseUrl) parts.push('--base-url', shellQuote(baseUrl));
  return parts.join(' ');
}

/** The CLI's words for a lookup: subcommand, value and field options, already quoted for a POSIX shell. */
export function cliLookupParts(request: LookupRequest, vocabulary: string): string[] {
  const spec = ENDPOINTS[request.endpoint];
  const parts = ['x-api-explorer', spec.cliName];
  const value = spec.pathParam?.name === 'id' ? request.id : spec.pathParam?.name === 'username' ? request.username
    : spec.listParam?.name === 'ids' ? request.ids?.join(',') : spec.listParam?.name === 'usernames' ? request.usernames?.join(',') : undefined;
  if (value) parts.push(shellQuote(value));
  if (request.userFields?.length) parts.push('--user-fields', request.userFields.join(','));
  if (request.expansions?.length) parts.push('--expansions', request.expansions.join(','));
  if (request.tweetFields?.length) parts.push('--tweet-fields', request.tweetFields.join(','));
  if (request.count !== undefined) parts.push('--count', String(request.count));
  if (request.cursor) parts.push('--cursor', shellQuote(request.cursor));
  if (vocabulary !== '2.166') parts.push('--vocabulary', vocabulary);
  return parts;
}
