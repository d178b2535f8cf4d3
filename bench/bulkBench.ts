/**
 * The bulk part of `npm run bench`, against the bench's own sandbox process (rate limits off):
 * - 10,000 ids through planBulk + runBulk, checked to take exactly 100 requests (the server counts them), timed
 *   against 100 raw undici.request calls of the same batched URLs with the same Bearer header, interleaved rounds;
 * - 100,000 users exported as NDJSON to a file, in a fresh process, its peak RSS growth sampled over the run.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { SANDBOX_BEARER } from '../src/core/auth/sandboxCredentials';
import { planBulk, type BulkPlan } from '../src/core/bulk/plan';
import { BULK_HTTP_RETRY, runBulk, type AnsweredBatch, type BulkSink } from '../src/net/bulkRunner';
import { openFileWriter } from '../src/net/bulkWriters';
import { HttpClient } from '../src/net/httpClient';
import { LookupEngine } from '../src/net/lookupEngine';

const USER_FIELDS = ['created_at', 'description', 'public_metrics', 'verified_type'];
const ROUNDS = Number(process.env.BENCH_BULK_ROUNDS ?? 7);

/** Distinct ids the sandbox answers with a generated user (it reports ids ending in 403 and 404 as unavailable). */
function ids(count: number, from = 1_000_000): string[] {
  const out: string[] = [];
  for (let n = from; out.length < count; n++) if (n % 1000 !== 403 && n % 1000 !== 404) out.push(String(n));
  return out;
}

function plan(values: readonly string[]): BulkPlan {
  const planned = planBulk({ endpoint: 'usersByIds', values, userFields: USER_FIELDS }, { vocabulary: '2.166', auth: 'bearer' });
  if (!planned.ok) throw new Error(planned.issues.map((issue) => issue.message).join('; '));
  return planned.plan;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function requestCount(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve((message as { requestCount: number }).requestCount));
    child.send('requestCount');
  });
}

/** Counts users without keeping them: what the raw baseline does with its answers too. */
class CountingSink implements BulkSink {
  users = 0;
  async write(batch: AnsweredBatch): Promise<void> {
    this.users += batch.found;
  }
}

const NO_HEADER_PACING = { paceByHeaders: false } as const;

export async function bulkVsRaw(base: string, child: ChildProcess): Promise<Record<string, number>> {
  const values = ids(10_000);
  const http = new HttpClient({ retry: BULK_HTTP_RETRY });
  const engine = new LookupEngine({ baseUrl: base, credentials: SANDBOX_BEARER, vocabulary: '2.166', http });
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  const urls = plan(values).batches.map((batch) => base + batch.request.pathAndQuery);
  const headers = { accept: 'application/json', 'user-agent': 'x-api-explorer', authorization: `Bearer ${SANDBOX_BEARER.token}` };

  const raw = async (): Promise<void> => {
    let users = 0;
    for (const url of urls) {
      const response = await request(url, { headers, dispatcher: agent });
      const body = JSON.parse(await response.body.text()) as { data?: unknown[] };
      if (response.statusCode !== 200) throw new Error(`raw: HTTP ${response.statusCode}`);
      users += body.data?.length ?? 0;
    }
    if (users !== values.length) throw new Error(`raw: ${users} users`);
  };
  const bulk = async (): Promise<number> => {
    const sink = new CountingSink();
    const result = await runBulk({ plan: plan(values), engine, sink, pacing: NO_HEADER_PACING });
    if (result.status !== 'complete' || sink.users !== values.length) throw new Error(`bulk: ${result.status}, ${sink.users} users`);
    return result.requests;
  };

  await raw();
  await bulk();
  const before = await requestCount(child);
  const counted = await bulk();
  const seen = (await requestCount(child)) - before;
  if (seen !== 100 || counted !== 100) throw new Error(`10,000 ids took ${seen} requests (the runner counted ${counted}), not 100`);

  const rawMs: number[] = [];
  const bulkMs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which goes first, so neither always runs right after the other's garbage.
    const order = round % 2 === 0 ? [raw, bulk] : [bulk, raw];
    const times = new Map<unknown, number>();
    for (const run of order) {
      const start = performance.now();
      await run();
      times.set(run, performance.now() - start);
    }
    rawMs.push(times.get(raw)!);
    bulkMs.push(times.get(bulk)!);
    ratios.push(times.get(bulk)! / times.get(raw)!);
  }
  await http.close();
  await agent.close();
  const round1 = (value: number): number => Math.round(value * 10) / 10;
  return {
    bulk_ids: values.length,
    bulk_requests: seen,
    bulk_ms: round1(median(bulkMs)),
    bulk_raw_ms: round1(median(rawMs)),
    bulk_vs_raw_undici: Math.round(median(ratios) * 1000) / 1000,
    bulk_rounds: ROUNDS,
  };
}

/** `bench.js --bulk-rss URL`: 100,000 users to an NDJSON file; prints one JSON object. */
export async function bulkRssChild(base: string): Promise<void> {
  const http = new HttpClient({ retry: BULK_HTTP_RETRY });
  const engine = new LookupEngine({ baseUrl: base, credentials: SANDBOX_BEARER, vocabulary: '2.166', http });
  const dir = mkdtempSync(join(tmpdir(), 'xapi-bulk-'));
  try {
    // Warm up on a small run (JIT, connection pool), then measure from what the process holds after it.
    const warm = openFileWriter(join(dir, 'warm.ndjson'), 'ndjson');
    await runBulk({ plan: plan(ids(1_000, 9_000_000)), engine, sink: warm, pacing: NO_HEADER_PACING });
    await warm.end();
    global.gc?.();
    const baseline = process.memoryUsage.rss();
    let peak = baseline;
    const sample = (): void => {
      peak = Math.max(peak, process.memoryUsage.rss());
    };
    const timer = setInterval(sample, 10);
    const file = join(dir, 'users.ndjson');
    const writer = openFileWriter(file, 'ndjson');
    const start = performance.now();
    const values = ids(100_000, 10_000_000);
    const result = await runBulk({ plan: plan(values), engine, sink: writer, pacing: NO_HEADER_PACING, onEvent: sample });
    await writer.end();
    const ms = performance.now() - start;
    clearInterval(timer);
    sample();
    if (result.status !== 'complete' || writer.users !== values.length) throw new Error(`bulk NDJSON: ${result.status}, ${writer.users} users`);
    const bytes = statSync(file).size;
    process.stdout.write(JSON.stringify({
      bulk_ndjson_users: writer.users,
      bulk_ndjson_requests: result.requests,
      bulk_ndjson_ms: Math.round(ms),
      bulk_ndjson_file_mb: Math.round((bytes / 1048576) * 10) / 10,
      bulk_ndjson_rss_growth_mb: Math.round(((peak - baseline) / 1048576) * 10) / 10,
    }) + '\n');
  } finally {
    await http.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
