/**
 * HTTPie, xurl and twurl command lines. Secrets stay in the shell's environment: the lines name the variables the
 * x-api-explorer CLI reads (X_BEARER_TOKEN, ...), double-quoted so the shell expands them; everything else is
 * single-quoted.
 */
import { shellQuote } from './curl';
import { preamble, type LookupCall } from './lookupCall';

const OAUTH1_NOTE = [
  '# OAuth 1.0a signs every request anew (nonce, timestamp, URL): put a freshly signed "OAuth ..." header',
  '# value in X_OAUTH1_AUTHORIZATION, or let the x-api-explorer CLI sign it from X_CONSUMER_KEY and friends.',
];

/** HTTPie: query items as `name==value`, the token through its own bearer auth. */
export function httpieSnippet(call: LookupCall): string {
  const lines = preamble(call, '#');
  if (call.auth === 'oauth1') lines.push(...OAUTH1_NOTE);
  const url = call.baseUrl + call.prepared.path;
  const args = ['http --ignore-stdin --check-status --body GET ' + shellQuote(url)];
  for (const [name, value] of call.prepared.query) args.push(shellQuote(`${name}==${value}`));
  if (call.auth === 'oauth1') args.push('"Authorization:$X_OAUTH1_AUTHORIZATION"');
  else args.push(`--auth-type=bearer --auth="$${call.auth === 'bearer' ? 'X_BEARER_TOKEN' : 'X_OAUTH2_ACCESS_TOKEN'}"`);
  lines.push(args.join(' \\\n  '));
  return lines.join('\n');
}

/** xurl keeps credentials in ~/.xurl: store them once from the environment, then ask with `--auth`. */
export function xurlSnippet(call: LookupCall): string {
  const lines = preamble(call, '#');
  if (call.auth === 'bearer') {
    lines.push('# Once: store the app-only token (from the environment) in ~/.xurl.', 'xurl auth app --bearer-token "$X_BEARER_TOKEN"');
  } else if (call.auth === 'oauth1') {
    lines.push(
      '# Once: store the OAuth 1.0a keys (from the environment) in ~/.xurl.',
      'xurl auth oauth1 --consumer-key "$X_CONSUMER_KEY" --consumer-secret "$X_CONSUMER_SECRET" \\\n  --access-token "$X_ACCESS_TOKEN" --token-secret "$X_ACCESS_TOKEN_SECRET"',
    );
  } else {
    lines.push(
      '# Once: xurl keeps OAuth 2.0 user tokens it obtained itself (it cannot take X_OAUTH2_ACCESS_TOKEN); sign in',
      '# with your app\'s CLIENT_ID and CLIENT_SECRET in the environment:',
      'xurl auth oauth2',
    );
  }
  const auth = call.auth === 'bearer' ? 'app' : call.auth;
  const base = call.isDefaultBase ? '' : `API_BASE_URL=${shellQuote(call.baseUrl)} `;
  if (!call.isDefaultBase) lines.push('# xurl reads a non-default API address from API_BASE_URL.');
  lines.push(`${base}xurl --auth ${auth} ${shellQuote(call.prepared.pathAndQuery)}`);
  return lines.join('\n');
}

/** twurl signs OAuth 1.0a itself (keys as options) and fetches app-only tokens from the consumer keys. */
export function twurlSnippet(call: LookupCall): string {
  const lines = preamble(call, '#');
  const url = new URL(call.baseUrl);
  const hostOptions: string[] = [];
  if (!call.isDefaultBase) {
    hostOptions.push('-H', shellQuote(url.host));
    if (url.protocol === 'http:') hostOptions.push('--no-ssl');
    if (url.pathname !== '/' && url.pathname !== '') {
      lines.push(`# twurl takes a host only: the path ${url.pathname} of the base URL cannot be given to it.`);
    }
  }
  const path = shellQuote((url.pathname === '/' ? '' : url.pathname) + call.prepared.pathAndQuery);
  if (call.auth === 'bearer') {
    lines.push(
      '# Once: twurl fetches and stores the app-only token from the API key and secret (in the environment).',
      ['twurl authorize --bearer', ...hostOptions, '--consumer-key "$X_CONSUMER_KEY" --consumer-secret "$X_CONSUMER_SECRET"'].join(' '),
      ['twurl --bearer', ...hostOptions, path].join(' '),
    );
  } else {
    lines.push(
      ['twurl', ...hostOptions, '--consumer-key "$X_CONSUMER_KEY" --consumer-secret "$X_CONSUMER_SECRET" \\\n ',
        '--access-token "$X_ACCESS_TOKEN" --token-secret "$X_ACCESS_TOKEN_SECRET" \\\n ', path].join(' '),
    );
  }
  return lines.join('\n');
}
