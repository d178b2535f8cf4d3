// The bulk runner against the sandbox over real HTTP: batching, pacing across a rate-limit window with the injected
// clock (shared with the sandbox), 429/5xx/402 handling, cancel and resume, and the writers' output.
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { SANDBOX_BEARER } from '../../../src/core/auth/sandboxCredentials';
import { parseCsv } from '../../../src/core/bulk/csv';
import { csvColumns } from '../../../src/core/bulk/csvColumns';
import { planBulk, type BulkLookupInput, type BulkPlan } from '../../../src/core/bulk/plan';
import { parseProgress } from '../../../src/core/bulk/progress';
import { BULK_HTTP_RETRY, runBulk, type AnsweredBatch, type BulkEvent } from '../../../src/net/bulkRunner';
import { createBulkWriter, MergedDocumentSink, type ExportFormat } from '../../../src/net/bulkWriters';
import { FakeClock, startHarness, type Harness } from '../../support/sandboxHarness';

/** Ids the sandbox answers with a generated user (it reports those ending in 403 and 404 as unavailable). */
function ids(n: number, from = 5_000_000): string[] {
  const out: string[] = [];
  for (let id = from; out.length < n; id++) if (id % 1000 !== 403 && id % 1000 !== 404) out.push(String(id));
  return out;
}

function plan(input: Partial<BulkLookupInput> & { values: readonly string[] }): BulkPlan {
  const planned = planBulk({ endpoint: 'usersByIds', ...input }, { vocabulary: '2.166', auth: 'bearer' });
  if (!planned.ok) assert.fail(planned.issues.map((i) => i.message).join('; '));
  return planned.plan;
}

class Collect {
  readonly batches: AnsweredBatch[] = [];
  async write(batch: AnsweredBatch): Promise<void> {
    this.batches.push(batch);
  }
}

describe('bulk runner', () => {
  let h: Harness;
  let clock: FakeClock;
  const engine = () => h.engine(SANDBOX_BEARER, '2.166', h.client({ retry: BULK_HTTP_RETRY, clock }));
  beforeEach(async () => {
    clock = new FakeClock(Date.parse('2026-03-01T12:00:00Z'));
    h = await startHarness({ now: () => clock.now() });
  });
  afterEach(() => h.close());

  it('sends 250 ids as 3 requests and reports found and not found (ids ending in 404 and 403)', async () => {
    const values = [...ids(248), '1000404', '2000403'];
    const sink = new Collect();
    const events: BulkEvent[] = [];
    const result = await runBulk({ plan: plan({ values }), engine: engine(), sink, clock, onEvent: (e) => events.push(e) });
    assert.equal(result.status, 'complete');
    assert.equal(h.sandbox.requestCount, 3);
    assert.equal(result.requests, 3);
    assert.deepEqual(sink.batches.map((b) => [b.index, b.found, b.notFound]), [[0, 100, 0], [1, 100, 0], [2, 48, 2]]);
    assert.deepEqual([result.progress.found, result.progress.notFound, result.progress.done], [248, 2, [0, 1, 2]]);
    assert.deepEqual(sink.batches[2].answer.errors.map((e) => e.resource_id), ['1000404', '2000403']);
    assert.deepEqual(events.filter((e) => e.type === 'batch').map((e) => e.type === 'batch' && `${e.index + 1}/${e.of}`), ['1/3', '2/3', '3/3']);
    assert.equal(events.at(-1)?.type, 'end');
  });

  it('answers a 100-username batch with partial errors as one batch', async () => {
    const usernames = [...Array.from({ length: 98 }, (_, i) => `bulk_user_${i}`), 'missing_one', 'suspended_two'];
    const planned = planBulk({ endpoint: 'usersByUsernames', values: usernames }, { vocabulary: '2.166', auth: 'bearer' });
    assert.ok(planned.ok);
    const sink = new Collect();
    const result = await runBulk({ plan: planned.plan, engine: engine(), sink, clock });
    assert.equal(h.sandbox.requestCount, 1);
    assert.deepEqual([result.progress.found, result.progress.notFound], [98, 2]);
  });

  it('paces across a rate-limit window: waits for the reset when remaining reaches 0, never collecting a 429', async function () {
    this.timeout(60_000);
    // App-only Bearer: 300 requests per 15 minutes. 305 batches cross the window once.
    const events: BulkEvent[] = [];
    const result = await runBulk({ plan: plan({ values: ids(30_500) }), engine: engine(), clock, onEvent: (e) => events.push(e) });
    assert.equal(result.status, 'complete');
    assert.equal(h.sandbox.requestCount, 305, 'no 429 was collected and retried');
    assert.equal(result.requests, 305);
    const waits = events.filter((e): e is Extract<BulkEvent, { type: 'wait' }> => e.type === 'wait');
    assert.ok(waits.length > 1 && waits.every((w) => w.reason === 'rate-limit' && w.index === 300), JSON.stringify(waits.slice(0, 2)));
    // One wait, counted down in 1 s steps, of the window's remaining time plus the margin.
    const total = clock.sleeps.reduce((a, b) => a + b, 0);
    assert.ok(total > 14 * 60_000 && total <= 15 * 60_000 + 2_000, String(total));
    assert.match(waits[0].message, /rate-limit window spent; batch 301 of 305 goes in 1\d min/);
  });

  it('waits before the first batch when the window it is given is spent', async () => {
    const rateLimit = { limit: 300, remaining: 0, reset: Math.ceil(clock.now() / 1000) + 60 };
    const result = await runBulk({ plan: plan({ values: ids(10) }), engine: engine(), clock, rateLimit, countdownStepMs: 30_000 });
    assert.equal(result.status, 'complete');
    assert.deepEqual(clock.sleeps, [30_000, 30_000, 1_000]);
  });

  it('waits out one 429 and tries again; a second 429 for the same batch stops the run', async () => {
    h.sandbox.setFault({ kind: '429', times: 1 });
    const once = await runBulk({ plan: plan({ values: ids(150) }), engine: engine(), clock });
    assert.equal(once.status, 'complete');
    assert.equal(h.sandbox.requestCount, 3);
    h.sandbox.setFault({ kind: '429', times: 2 });
    const twice = await runBulk({ plan: plan({ values: ids(150) }), engine: engine(), clock });
    assert.equal(twice.status, 'stopped');
    assert.equal(twice.error?.kind, 'rate-limited');
    assert.equal(twice.requests, 2);
    assert.match(twice.progress.stopReason ?? '', /did not reset in time/);
  });

  it('retries 5xx with backoff within bounds, then stops, resumable', async () => {
    h.sandbox.setFault({ kind: '503', times: 2 });
    const retried = await runBulk({ plan: plan({ values: ids(50) }), engine: engine(), clock });
    assert.equal(retried.status, 'complete');
    assert.equal(retried.requests, 3);
    h.sandbox.setFault({ kind: '500' });
    const spent = await runBulk({ plan: plan({ values: ids(50) }), engine: engine(), clock, pacing: { maxAttempts: 3 } });
    assert.equal(spent.status, 'stopped');
    assert.equal(spent.requests, 3);
    assert.equal(spent.error?.kind, 'server-error');
    assert.deepEqual(spent.progress.done, []);
  });

  it('stops at a 402 out of credits with what arrived kept, and says so', async () => {
    const sink = new Collect();
    const result = await runBulk({
      plan: plan({ values: ids(300) }), engine: engine(), clock, sink,
      onEvent: (e) => {
        if (e.type === 'batch' && e.index === 0) h.sandbox.setFault({ kind: '402' });
      },
    });
    assert.equal(result.status, 'stopped');
    assert.equal(result.error?.kind, 'out-of-credits');
    assert.equal(h.sandbox.requestCount, 2, 'a 402 is not retried');
    assert.deepEqual(result.progress.done, [0]);
    assert.equal(sink.batches.length, 1);
    assert.match(result.progress.stopReason ?? '', /batch 2 of 3/);
  });

  it('cancels between batches, keeps what arrived, and resumes from the first batch not done, even through JSON', async () => {
    const p = plan({ values: ids(450) });
    const controller = new AbortController();
    const first = new Collect();
    const cancelled = await runBulk({
      plan: p, engine: engine(), clock, sink: first, signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'batch' && e.index === 1) controller.abort();
      },
    });
    assert.equal(cancelled.status, 'cancelled');
    assert.deepEqual(cancelled.progress.done, [0, 1]);
    assert.equal(h.sandbox.requestCount, 2);

    const stored = parseProgress(JSON.parse(JSON.stringify(cancelled.progress)));
    assert.ok(stored);
    const again = plan({ values: ids(450) });
    const second = new Collect();
    const resumed = await runBulk({ plan: again, engine: engine(), clock, sink: second, progress: stored });
    assert.equal(resumed.status, 'complete');
    assert.deepEqual(second.batches.map((b) => b.index), [2, 3, 4]);
    assert.equal(h.sandbox.requestCount, 5, 'no batch was sent twice');
    assert.deepEqual([resumed.progress.found, resumed.progress.requests], [450, 5]);
    await assert.rejects(runBulk({ plan: plan({ values: ids(451) }), engine: engine(), clock, progress: stored }), /belongs to another bulk lookup/);
  });

  it('is cancelled during a rate-limit wait', async () => {
    const controller = new AbortController();
    const rateLimit = { limit: 300, remaining: 0, reset: Math.ceil(clock.now() / 1000) + 600 };
    const cancelClock = {
      now: () => clock.now(),
      sleep: async (ms: number, signal?: AbortSignal) => {
        controller.abort();
        if (signal?.aborted) throw new Error('aborted');
        await clock.sleep(ms);
      },
    };
    const result = await runBulk({ plan: plan({ values: ids(10) }), engine: engine(), clock: cancelClock, rateLimit, signal: controller.signal });
    assert.equal(result.status, 'cancelled');
    assert.equal(h.sandbox.requestCount, 0);
  });

  describe('writers', () => {
    async function exportAs(format: ExportFormat, userFields: string[]): Promise<{ text: string; merged: MergedDocumentSink }> {
      const out = new PassThrough();
      let text = '';
      out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      const writer = createBulkWriter(out, format, { columns: csvColumns(userFields, '2.166') });
      const merged = new MergedDocumentSink();
      const both = { write: async (b: AnsweredBatch) => { await writer.write(b); await merged.write(b); } };
      const values = [...ids(150), '2244994945', '783214', '1000404'];
      const result = await runBulk({ plan: plan({ values, userFields, expansions: ['pinned_tweet_id'] }), engine: engine(), clock, sink: both });
      assert.equal(result.status, 'complete');
      await writer.end();
      return { text, merged };
    }

    it('NDJSON: one user per line, the objects as returned', async () => {
      const { text, merged } = await exportAs('ndjson', ['public_metrics']);
      const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line) as { public_metrics: { followers_count: unknown } });
      assert.equal(lines.length, 152);
      assert.deepEqual(lines, merged.document().data);
      assert.equal(typeof lines[0].public_metrics.followers_count, 'number');
    });

    it('CSV: the requested fields as columns, nested ones flattened, RFC 4180 quoting', async () => {
      const { text, merged } = await exportAs('csv', ['public_metrics', 'description']);
      const parsed = parseCsv(text);
      assert.ok(parsed.ok);
      const [header, ...rows]: (readonly string[])[] = parsed.ok ? parsed.records.map((r) => r.cells) : [];
      assert.deepEqual(header.slice(0, 4), ['id', 'name', 'username', 'public_metrics.followers_count']);
      assert.equal(header.at(-1), 'description');
      assert.equal(rows.length, 152);
      const data = merged.document().data as { id: string; description?: string; public_metrics: { followers_count: number } }[];
      rows.forEach((row, i) => {
        assert.equal(row[0], data[i].id);
        assert.equal(row[3], String(data[i].public_metrics.followers_count));
        assert.equal(row.at(-1), data[i].description ?? '');
      });
      assert.ok(rows.some((row) => row.at(-1)?.includes(',')), 'a bio with a comma survived quoting');
      assert.ok(text.endsWith('\r\n'));
    });

    it('JSON: the merged document, includes without duplicates, errors kept', async () => {
      const { text, merged } = await exportAs('json', ['pinned_tweet_id']);
      const document = JSON.parse(text);
      assert.deepEqual(document, JSON.parse(JSON.stringify(merged.document())));
      assert.equal(document.data.length, 152);
      assert.ok(document.errors.some((e: { resource_id?: string }) => e.resource_id === '1000404'));
      assert.ok(document.includes.tweets.length >= 1);
    });

    it('JSON: an empty run is still a document, a CSV still has its header', async () => {
      for (const [format, expected] of [['json', '{"data":[]}\n'], ['csv', 'id,name,username\r\n'], ['ndjson', '']] as const) {
        const out = new PassThrough();
        let text = '';
        out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        const writer = createBulkWriter(out, format);
        await writer.end();
        assert.equal(text, expected, format);
      }
    });
  });
});
