/**
 * TypeScript snippets for Node 18+: twitter-api-v2, X's own @xdevplatform/xdk, and plain fetch (with `oauth-1.0a`
 * signing for OAuth 1.0a). Each prints the response body as JSON; secrets come from the environment through `env()`,
 * which names the missing variable instead of sending `undefined`.
 */
import { fieldQuery, literal, lookupValue, preamble, type LookupCall } from './lookupCall';

const ENV_HELPER = [
  'function env(name: string): string {',
  '  const value = process.env[name];',
  '  if (!value) throw new Error(`Set ${name} in the environment`);',
  '  return value;',
  '}',
];

const PRINT = 'console.log(JSON.stringify(response, null, 2));';

function list(values: readonly string[]): string {
  return `[${values.map(literal).join(', ')}]`;
}

/** twitter-api-v2's typed methods know spec 2.166's names and one expansion; anything else goes through `v2.get`. */
const TYPED_EXPANSIONS = ['pinned_tweet_id'];

export function twitterApiV2Snippet(call: LookupCall): string {
  const lines = [...preamble(call, '//'), "import { TwitterApi } from 'twitter-api-v2';", '', ...ENV_HELPER, ''];
  if (call.auth === 'oauth1') {
    lines.push(
      'const client = new TwitterApi({',
      "  appKey: env('X_CONSUMER_KEY'),",
      "  appSecret: env('X_CONSUMER_SECRET'),",
      "  accessToken: env('X_ACCESS_TOKEN'),",
      "  accessSecret: env('X_ACCESS_TOKEN_SECRET'),",
      '});',
    );
  } else {
    lines.push(`const client = new TwitterApi(env(${literal(call.auth === 'bearer' ? 'X_BEARER_TOKEN' : 'X_OAUTH2_ACCESS_TOKEN')}));`);
  }
  const version = call.spec.api === 'v2' ? 'v2' : 'v1';
  const prefix = call.spec.api === 'v2' ? '/2/' : '/1.1/';
  lines.push(`const api = client.${version};`);
  const query = fieldQuery(call);
  // It connects with node:https only: a plain-http server (a local sandbox) cannot be reached, so the call stays on X.
  const reachable = call.isDefaultBase || call.baseUrl.startsWith('https:');
  if (!reachable) lines.push(`// twitter-api-v2 speaks HTTPS only: it cannot be pointed at ${call.baseUrl}, so this calls api.x.com.`);
  const other = reachable && !call.isDefaultBase;
  // The typed methods call api.x.com (cloneWithPrefix throws in 1.29), so another server means `get` with a prefix.
  const typed = !other && call.spec.api === 'v2' && call.vocabulary === '2.166' &&
    (call.request.expansions ?? []).every((value) => TYPED_EXPANSIONS.includes(value));
  const params = query.length === 0 ? '' : `{ ${query.map(([name, value]) =>
    `${literal(name)}: ${list(value.split(','))}`).join(', ')} }`;
  const value = lookupValue(call);
  lines.push('', 'async function main(): Promise<void> {');
  if (typed) {
    const method = { userById: 'user', usersByIds: 'users', userByUsername: 'userByUsername', usersByUsernames: 'usersByUsernames', me: 'me' }[call.spec.id as 'me'];
    const args = [value === undefined ? undefined : Array.isArray(value) ? list(value) : literal(value as string), params || undefined].filter(Boolean);
    lines.push(`  const response = await api.${method}(${args.join(', ')});`);
  } else {
    if (other) lines.push(`  // twitter-api-v2's typed methods always call api.x.com; \`get\` takes another server as its prefix.`);
    else if (call.spec.api === 'v2') lines.push('  // The typed methods know spec 2.166\'s names only; `get` sends these as they are.');
    const path = call.prepared.path.slice(prefix.length);
    const fullQuery = call.prepared.query.map(([name, v]) => `${literal(name)}: ${literal(v)}`);
    const args = [literal(path)];
    if (fullQuery.length || other) args.push(fullQuery.length ? `{ ${fullQuery.join(', ')} }` : '{}');
    if (other) args.push(`{ prefix: ${literal(call.baseUrl + prefix)} }`);
    lines.push(`  const response = await api.get(${args.join(', ')});`);
  }
  lines.push(`  ${PRINT}`, '}', '', 'main().catch((error: unknown) => {', '  console.error(error);', '  process.exitCode = 1;', '});');
  return lines.join('\n');
}

/** xdk option names for the query parameters it takes. */
const XDK_OPTIONS: Readonly<Record<string, string>> = { 'user.fields': 'userFields', expansions: 'expansions', 'post.fields': 'postFields' };
const XDK_METHODS: Readonly<Record<string, string>> = {
  userById: 'getById', usersByIds: 'getByIds', userByUsername: 'getByUsername', usersByUsernames: 'getByUsernames', me: 'getMe',
};

/** Undefined when xdk has no method for the endpoint (it covers v2 only). */
export function xdkSnippet(call: LookupCall): string | undefined {
  const method = XDK_METHODS[call.spec.id];
  if (!method) return undefined;
  const lines = [...preamble(call, '//'),
    '// xdk returns the body with its keys in camelCase (created_at arrives as createdAt).',
    `import { Client${call.auth === 'oauth1' ? ', OAuth1' : ''} } from '@xdevplatform/xdk';`, '', ...ENV_HELPER, ''];
  const base = call.isDefaultBase ? [] : [`baseUrl: ${literal(call.baseUrl)}`];
  if (call.auth === 'oauth1') {
    lines.push(
      'const oauth1 = new OAuth1({',
      "  apiKey: env('X_CONSUMER_KEY'),",
      "  apiSecret: env('X_CONSUMER_SECRET'),",
      "  callback: 'oob',",
      "  accessToken: env('X_ACCESS_TOKEN'),",
      "  accessTokenSecret: env('X_ACCESS_TOKEN_SECRET'),",
      '});',
      `const client = new Client({ ${['oauth1', ...base].join(', ')} });`,
    );
  } else {
    const option = call.auth === 'bearer' ? "bearerToken: env('X_BEARER_TOKEN')" : "accessToken: env('X_OAUTH2_ACCESS_TOKEN')";
    lines.push(`const client = new Client({ ${[option, ...base].join(', ')} });`);
  }
  const options = fieldQuery(call).map(([name, value]) => `${XDK_OPTIONS[name]}: ${list(value.split(','))}`);
  const value = lookupValue(call);
  const args = [value === undefined ? undefined : Array.isArray(value) ? list(value) : literal(value as string),
    options.length ? `{ ${options.join(', ')} }` : undefined].filter(Boolean);
  lines.push('', 'async function main(): Promise<void> {', `  const response = await client.users.${method}(${args.join(', ')});`,
    `  ${PRINT}`, '}', '', 'main().catch((error: unknown) => {', '  console.error(error);', '  process.exitCode = 1;', '});');
  return lines.join('\n');
}

export function fetchSnippet(call: LookupCall): string {
  const lines = [...preamble(call, '//')];
  if (call.auth === 'oauth1') lines.push("import { createHmac } from 'node:crypto';", "import OAuth from 'oauth-1.0a';");
  lines.push(...(call.auth === 'oauth1' ? [''] : []), ...ENV_HELPER, '', `const url = ${literal(call.baseUrl + call.prepared.pathAndQuery)};`);
  if (call.auth === 'oauth1') {
    lines.push(
      '',
      '// OAuth 1.0a: a fresh signature (nonce, timestamp) for this exact URL.',
      'const oauth = new OAuth({',
      "  consumer: { key: env('X_CONSUMER_KEY'), secret: env('X_CONSUMER_SECRET') },",
      "  signature_method: 'HMAC-SHA1',",
      "  hash_function: (base, key) => createHmac('sha1', key).update(base).digest('base64'),",
      '});',
      "const token = { key: env('X_ACCESS_TOKEN'), secret: env('X_ACCESS_TOKEN_SECRET') };",
      "const authorization = oauth.toHeader(oauth.authorize({ url, method: 'GET' }, token)).Authorization;",
    );
  } else {
    lines.push(`const authorization = \`Bearer \${env(${literal(call.auth === 'bearer' ? 'X_BEARER_TOKEN' : 'X_OAUTH2_ACCESS_TOKEN')})}\`;`);
  }
  lines.push(
    '',
    'async function main(): Promise<void> {',
    '  const res = await fetch(url, { headers: { Authorization: authorization } });',
    '  const response: unknown = await res.json();',
    '  if (!res.ok) throw new Error(`HTTP ${res.status}: ${JSON.stringify(response)}`);',
    `  ${PRINT}`,
    '}',
    '',
    'main().catch((error: unknown) => {',
    '  console.error(error);',
    '  process.exitCode = 1;',
    '});',
  );
  return lines.join('\n');
}
