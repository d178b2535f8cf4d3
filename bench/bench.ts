/**
 * `npm run bench`: one ~1 KB user lookup against the same local sandbox (its own process, so server work does not
 * share the clients' thread), measured interleaved in one run for
 *   raw undici.request + JSON.parse: the floor. It sends the very same request, OAuth 1.0a header included, but
 *     signed once up front (the sandbox runs with nonce-replay checks off so it accepts the header again);
 *   this engine: validation, OAuth 1.0a signing per request, request, parse, result model;
 *   this engine with Bearer, against raw undici with the same Bearer header;
 *   twitter-api-v2 and @xdevplatform/xdk, both OAuth 1.0a like the engine.
 * Ratios are medians of per-round ratios, so drift in machine load cancels out. `--json` prints one JSON object.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { Agent as HttpAgent } from 'node:http';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client as XdkClient, OAuth1 as XdkOAuth1 } from '@xdevplatform/xdk';
import { TwitterApi } from 'twitter-api-v2';
import { Agent, request } from 'undici';
import { SANDBOX_BEARER, SANDBOX_OAUTH1 } from '../src/core/auth/sandboxCredentials';
import { OAuth1Signer } from '../src/core/auth/oauth1';
import { minimalSigner } from './minimalSigner';
import { HttpClient } from '../src/net/httpClient';
import { LookupEngine } from '../src/net/lookupEngine';
import { nodeSigningDeps } from '../src/net/nodeSigningDeps';
import { startSandbox } from '../src/sandbox/server';
import { projectRoot } from '../tools/workbench/projectFiles';
import { bulkRssChild, bulkVsRaw } from './bulkBench';

const USER_ID = '2244994945';
const USER_FIELDS = ['created_at', 'description', 'location', 'profile_image_url', 'public_metrics', 'url', 'verified_type', 'entities'] as const;

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const PER_ROUND = Number(process.env.BENCH_PER_ROUND ?? 40);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 400);

type Lookup = () => Promise<unknown>;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs a built bench script in a fresh process (cold JIT and module cache, as in the editor) and parses its JSON. */
function freshProcess<T>(script: string, ...args: string[]): T {
  return JSON.parse(execFileSync(process.execPath, [resolve(__dirname, script), ...args], { encoding: 'utf8' })) as T;
}

/** Median over `runs` fresh processes of each numeric key. */
function medianOfRuns<T extends object>(runs: number, measure: () => T): T {
  const results = Array.from({ length: runs }, measure);
  const out = { ...results[0] } as Record<string, unknown>;
  for (const key of Object.keys(out)) {
    if (typeof out[key] === 'number') out[key] = median(results.map((r) => (r as Record<string, number>)[key]));
  }
  return out as T;
}

/** Runs the sandbox in a child process and resolves its URL. */
function serveInChild(): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(__filename, ['--serve'], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (url) => resolve({ url: String(url), child }));
    child.once('exit', (code) => reject(new Error(`sandbox process exited ${code}`)));
  });
}

async function serve(): Promise<void> {
  const sandbox = await startSandbox({ enforceRateLimits: false, rejectReplayedNonces: false });
  process.send?.(sandbox.url);
  // The bulk bench asks how many requests the server saw, to check that 10,000 ids took exactly 100.
  process.on('message', (message) => {
    if (message === 'requestCount') process.send?.({ requestCount: sandbox.requestCount });
  });
  process.on('disconnect', () => void sandbox.close().then(() => process.exit(0)));
}

/** The bulk measurements alone (`node out/bench/bench.js --bulk-only`), printed as one JSON object. */
async function bulkOnly(): Promise<void> {
  const { url: base, child } = await serveInChild();
  const bulk = await bulkVsRaw(base, child);
  const rss = JSON.parse(execFileSync(process.execPath, [__filename, '--bulk-rss', base], { encoding: 'utf8' })) as Record<string, number>;
  child.disconnect();
  process.stdout.write(JSON.stringify({ ...bulk, ...rss }) + '\n');
}

async function main(): Promise<void> {
  if (args.has('--bulk-only')) return bulkOnly();
  const { url: base, child } = await serveInChild();
  const query = `user.fields=${USER_FIELDS.join(',')}`;
  const url = `${base}/2/users/${USER_ID}?${query}`;

  const rawAgent = new Agent({ keepAliveTimeout: 30_000 });
  const rawWith = (authorization: string | (() => string)): Lookup => async () => {
    // The very headers the engine sends, so both make the same request and the server does the same work.
    const header = typeof authorization === 'string' ? authorization : authorization();
    const response = await request(url, { headers: { accept: 'application/json', 'user-agent': 'x-api-explorer', authorization: header }, dispatcher: rawAgent });
    const body = JSON.parse(await response.body.text()) as { data?: { id: string } };
    if (response.statusCode !== 200 || body.data?.id !== USER_ID) throw new Error(`raw: HTTP ${response.statusCode}`);
    return body;
  };
  const raw = rawWith(new OAuth1Signer(SANDBOX_OAUTH1, nodeSigningDeps).authorization({ method: 'GET', url }));
  const rawBearer = rawWith(`Bearer ${SANDBOX_BEARER.token}`);
  const rawSigned = rawWith(minimalSigner(SANDBOX_OAUTH1, url));

  const http = new HttpClient();
  const engineOAuth1 = new LookupEngine({ baseUrl: base, credentials: SANDBOX_OAUTH1, vocabulary: '2.166', http });
  const engineBearer = new LookupEngine({ baseUrl: base, credentials: SANDBOX_BEARER, vocabulary: '2.166', http });
  const engineLookup = (engine: LookupEngine): Lookup => async () => {
    const outcome = await engine.lookup({ endpoint: 'userById', id: USER_ID, userFields: USER_FIELDS });
    if (!outcome.ok) throw new Error(`engine: ${outcome.error.message}`);
    return outcome.body;
  };

  // twitter-api-v2 has no base-URL option; its v2 prefix is an instance field, pointed here at the sandbox.
  const twitter = new TwitterApi(
    { appKey: SANDBOX_OAUTH1.consumerKey, appSecret: SANDBOX_OAUTH1.consumerSecret, accessToken: SANDBOX_OAUTH1.accessToken, accessSecret: SANDBOX_OAUTH1.accessTokenSecret },
    { httpAgent: new HttpAgent({ keepAlive: true }) },
  );
  (twitter.v2 as unknown as { _prefix: string })._prefix = `${base}/2/`;
  const twitterLookup: Lookup = async () => {
    const result = await twitter.v2.user(USER_ID, { 'user.fields': [...USER_FIELDS] });
    if (result.data?.id !== USER_ID) throw new Error('twitter-api-v2: no data');
    return result;
  };

  const xdk = new XdkClient({
    baseUrl: base,
    oauth1: new XdkOAuth1({
      apiKey: SANDBOX_OAUTH1.consumerKey, apiSecret: SANDBOX_OAUTH1.consumerSecret,
      accessToken: SANDBOX_OAUTH1.accessToken, accessTokenSecret: SANDBOX_OAUTH1.accessTokenSecret,
      callback: 'oob',
    }),
  });
  const xdkLookup: Lookup = async () => {
    const result = (await xdk.users.getById(USER_ID, { userFields: [...USER_FIELDS] })) as { data?: { id?: string } };
    if (result.data?.id !== USER_ID) throw new Error('xdk: no data');
    return result;
  };

  const clients: [string, Lookup][] = [
    ['raw_undici', raw],
    ['raw_undici_bearer', rawBearer],
    ['raw_undici_signed', rawSigned],
    ['engine_oauth1', engineLookup(engineOAuth1)],
    ['engine_bearer', engineLookup(engineBearer)],
    ['twitter_api_v2', twitterLookup],
    ['xdk', xdkLookup],
  ];

  const only = process.env.BENCH_ONLY?.split(',');
  if (only) clients.splice(0, clients.length, ...clients.filter(([name]) => only.includes(name)));

  // Each client checks its answer, so a client that fails (auth, URL) stops the bench instead of timing errors.
  const size = Buffer.byteLength(JSON.stringify(await raw()));
  for (const [, lookup] of clients) for (let i = 0; i < WARMUP; i++) await lookup();

  const perRound = new Map<string, number[]>(clients.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order each round so no client always runs right after another's garbage.
    const order = clients.map((_, i) => clients[(i + round) % clients.length]);
    for (const [name, lookup] of order) {
      const start = performance.now();
      for (let i = 0; i < PER_ROUND; i++) await lookup();
      perRound.get(name)!.push(((performance.now() - start) * 1000) / PER_ROUND);
    }
  }

  const ratio = (a: string, b: string): number => {
    const x = perRound.get(a);
    const y = perRound.get(b);
    if (!x?.length || !y?.length) return Number.NaN;
    return median(x.map((v, i) => v / y[i]));
  };
  const us = (name: string): number => (perRound.get(name)?.length ? Math.round(median(perRound.get(name)!) * 10) / 10 : Number.NaN);
  const round3 = (value: number): number => Math.round(value * 1000) / 1000;
  const result: Record<string, unknown> = {
    lookup_vs_raw_undici: round3(ratio('engine_oauth1', 'raw_undici')),
    lookup_bearer_vs_raw_undici: round3(ratio('engine_bearer', 'raw_undici_bearer')),
    lookup_oauth1_vs_raw_signed: round3(ratio('engine_oauth1', 'raw_undici_signed')),
    lookup_vs_twitter_api_v2: round3(ratio('engine_oauth1', 'twitter_api_v2')),
    lookup_vs_xdk: round3(ratio('engine_oauth1', 'xdk')),
    raw_undici_us: us('raw_undici'),
    raw_undici_bearer_us: us('raw_undici_bearer'),
    raw_undici_signed_us: us('raw_undici_signed'),
    engine_oauth1_us: us('engine_oauth1'),
    engine_bearer_us: us('engine_bearer'),
    twitter_api_v2_us: us('twitter_api_v2'),
    xdk_us: us('xdk'),
    response_bytes: size,
    rounds: ROUNDS,
    lookups_per_round: PER_ROUND,
    node: process.version,
  };

  await http.close();
  await rawAgent.close();

  // Bulk: against the same server, rate limits off. The RSS run is a fresh process of its own, so its baseline is clean.
  const bulk = await bulkVsRaw(base, child);
  const rss = JSON.parse(execFileSync(process.execPath, [__filename, '--bulk-rss', base], { encoding: 'utf8' })) as { bulk_ndjson_users: number; bulk_ndjson_rss_growth_mb: number; bulk_ndjson_requests: number; bulk_ndjson_ms: number };
  Object.assign(result, bulk, rss);
  child.disconnect();

  const hover = medianOfRuns(3, () => freshProcess<{ result_hover_first_ms_5mb: number; result_hover_p95_ms_5mb: number; result_bytes: number }>('hoverBenchMain.js'));
  const inline = medianOfRuns(3, () => freshProcess<{ inline_hover_p95_ms: number; inline_completion_p95_ms: number; inline_scan_ms: number; lines: number }>('inlineBenchMain.js'));
  const activation = medianOfRuns(5, () => freshProcess<{ require_ms: number; activate_ms: number; modules_loaded: string[] }>('activationChild.js', projectRoot));
  const round2 = (value: number): number => Math.round(value * 100) / 100;
  Object.assign(result, {
    result_hover_first_ms_5mb: round2(hover.result_hover_first_ms_5mb),
    result_hover_p95_ms_5mb: Math.round(hover.result_hover_p95_ms_5mb * 10000) / 10000,
    result_document_bytes: hover.result_bytes,
    activation_ms: round2(activation.require_ms + activation.activate_ms),
    activation_require_ms: round2(activation.require_ms),
    activation_activate_ms: round2(activation.activate_ms),
    activation_modules: activation.modules_loaded,
    inline_hover_p95_ms: inline.inline_hover_p95_ms,
    inline_completion_p95_ms: inline.inline_completion_p95_ms,
    inline_scan_ms: inline.inline_scan_ms,
    inline_lines: inline.lines,
  });

  if (json) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  const line = (label: string, value: unknown, target?: string) =>
    console.log(`${label.padEnd(34)} ${String(value).padStart(8)}${target ? `   (target ${target})` : ''}`);
  console.log(`One ${size}-byte user lookup, ${ROUNDS} interleaved rounds of ${PER_ROUND}, ${process.version}\n`);
  console.log('median µs per lookup');
  line('  raw undici.request + JSON.parse', result.raw_undici_us);
  line('  raw undici, Bearer', result.raw_undici_bearer_us);
  line('  raw undici + minimal signer, OAuth', result.raw_undici_signed_us);
  line('  engine, OAuth 1.0a', result.engine_oauth1_us);
  line('  engine, Bearer', result.engine_bearer_us);
  line('  twitter-api-v2, OAuth 1.0a', result.twitter_api_v2_us);
  line('  @xdevplatform/xdk, OAuth 1.0a', result.xdk_us);
  console.log('\nmedian of per-round ratios');
  line('  lookup_vs_raw_undici', result.lookup_vs_raw_undici, '<= 1.10');
  line('  lookup_bearer_vs_raw_undici', result.lookup_bearer_vs_raw_undici, '<= 1.05');
  line('  lookup_oauth1_vs_raw_signed', result.lookup_oauth1_vs_raw_signed, '<= 1.00');
  line('  lookup_vs_twitter_api_v2', result.lookup_vs_twitter_api_v2, '< 1');
  line('  lookup_vs_xdk', result.lookup_vs_xdk, '< 1');
  console.log(`\nresult document of ${result.result_document_bytes} bytes, fresh process (median of 3)`);
  line('  result_hover_first_ms_5mb', result.result_hover_first_ms_5mb, '<= 50');
  line('  result_hover_p95_ms_5mb', result.result_hover_p95_ms_5mb, '<= 0.1');
  console.log('\nactivation of dist/extension.js, fresh process (median of 5)');
  line('  activation_ms', result.activation_ms, '<= 15');
  line('    require', result.activation_require_ms);
  line('    activate()', result.activation_activate_ms);
  console.log(`  modules loaded: ${(result.activation_modules as string[]).join(', ')}`);
  // Kept apart: it needs an installed VS Code host and Chromium, and a minute or two of sessions.
  console.log('  (a stand-in vscode module; in a real VS Code host, against a trivial extension: npm run bench:host)');
  console.log(`\ninline docs on a ${result.inline_lines}-line TypeScript file, fresh process (median of 3)`);
  line('  inline_hover_p95_ms', result.inline_hover_p95_ms, '<= 5');
  line('  inline_completion_p95_ms', result.inline_completion_p95_ms, '<= 5');
  line('  inline_scan_ms (first scan)', result.inline_scan_ms);
  console.log(`\nbulk: ${result.bulk_ids} ids against the same server, rate limits off (median of ${result.bulk_rounds} interleaved rounds)`);
  line('  bulk_requests (must be 100)', result.bulk_requests);
  line('  bulk_ms (plan + run)', result.bulk_ms);
  line('  bulk_raw_ms (100 undici.request)', result.bulk_raw_ms);
  line('  bulk_vs_raw_undici', result.bulk_vs_raw_undici, '<= 1.2');
  console.log(`bulk: ${result.bulk_ndjson_users} users exported as NDJSON to a file, fresh process`);
  line('  bulk_ndjson_requests', result.bulk_ndjson_requests);
  line('  bulk_ndjson_ms', result.bulk_ndjson_ms);
  line('  bulk_ndjson_rss_growth_mb', result.bulk_ndjson_rss_growth_mb, '< 100');
}

(args.has('--serve') ? serve() : args.has('--bulk-rss') ? bulkRssChild(process.argv[process.argv.indexOf('--bulk-rss') + 1]) : main()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
