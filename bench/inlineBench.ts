/**
 * Inline docs latency on a 10,000-line TypeScript file with X API contexts sprinkled in (an options object, a query
 * URL, response accesses every ~60 lines, among ordinary code that also calls `.includes(`). Measures the core path
 * the providers take per request: the per-version cache (the first call scans, later ones hit the cache), then the
 * hover or completion lookup and the Markdown the provider builds. Also the cold scan on its own, and the precheck on
 * a file of the same size with no X API context (which should cost next to nothing).
 */
import { performance } from 'node:perf_hooks';
import { formatFieldDocMarkdown } from '../src/core/fieldDocs/lookup';
import { InlineIndexCache, type InlineSource } from '../src/core/inline/cache';
import { completionAt } from '../src/core/inline/completion';
import { hoverAt } from '../src/core/inline/hover';
import { InlineIndex } from '../src/core/inline/documentIndex';
import { describeLookup } from '../src/core/inline/sandboxLookup';
import { seededRandom } from '../src/core/util/mulberry32';

/** What {@link measureInline} reports; times in milliseconds. */
export interface InlineMeasurement {
  /** 95th percentile of 1000 hovers at random offsets (half on X API contexts), through the per-version cache. */
  inline_hover_p95_ms: number;
  /** The same for completions (half inside parameter values), including the docs of every offered item. */
  inline_completion_p95_ms: number;
  /** The first scan of the file in a process that has not scanned before (cold JIT). */
  inline_scan_ms: number;
  /** Lines of the generated file. */
  lines: number;
  /** The whole build on a 10,000-line file without X API contexts: the precheck's regex test, nothing else. */
  inline_scan_no_context_ms: number;
  /** Median of 20 more scans once warm: what the first hover or completion after an edit pays. */
  inline_rescan_ms: number;
}

const LINES = 10_000;
const SAMPLES = 1000;

/** Ordinary code: no trigger literal at all (the no-context file is made of these alone). */
const FILLER = [
  'export function total(items: readonly Item[]): number {',
  '  let sum = 0;',
  '  for (const item of items) {',
  '    if (!item.enabled || seen.has(item.id)) continue;',
  '    sum += item.price * item.quantity; // created_at is not checked here',
  '  }',
  '  return sum;',
  '}',
  '',
  'const label = `${row.id}: ${row.name} (${row.text?.slice(0, 20) ?? ""})`;',
  'const created_at = row.created_at ?? new Date().toISOString();',
  "await db.users.find({ where: { id }, fields: ['name', 'created_at'] });",
  '/** Formats a money amount for display, in the user\'s locale. */',
  'export const format = (n: number): string => new Intl.NumberFormat(locale).format(n);',
];

/** X API code: each snippet has options, a query, or response accesses. */
const SNIPPETS = [
  [
    "const user = await client.v2.user('2244994945', {",
    "  'user.fields': ['created_at', 'description', 'public_metrics', 'verified_type'],",
    "  expansions: ['pinned_tweet_id'],",
    "  'tweet.fields': 'lang,created_at',",
    '});',
  ],
  [
    'const res = await fetch(`${BASE}/2/users/by/username/${name}?user.fields=created_at,location,withheld&expansions=most_recent_tweet_id&tweet.fields=lang`);',
  ],
  [
    'const followers = user.data.public_metrics.followers_count;',
    'const pinned = user.includes?.tweets?.[0]?.edit_history_tweet_ids;',
    'if (user.data.verified_type === "blue" && user.data.withheld?.country_codes.includes("DE")) flag();',
  ],
  [
    'const me = await client.users.getMe({ userFields: ["profile_image_url", "verified"], tweetFields: ["lang"] });',
    'if (list.includes(me.data.id)) console.log(me.data.pinned_tweet_id);',
  ],
];

/** The 10,000-line file: filler with a snippet about every 60 lines. */
export function generateInlineSource(withContexts: boolean, lines = LINES, seed = 7): string {
  const random = seededRandom(seed);
  const out: string[] = [];
  while (out.length < lines) {
    if (withContexts && out.length % 60 === 30) {
      out.push(...SNIPPETS[Math.floor(random() * SNIPPETS.length)]);
    } else {
      out.push(FILLER[Math.floor(random() * FILLER.length)]);
    }
  }
  // Joined like VS Code's TextDocument.getText(): a flat string, as the providers get it.
  return out.slice(0, lines).join('\n').split('\n').join('\n');
}

function p95(samples: Float64Array): number {
  samples.sort();
  return samples[Math.ceil(0.95 * samples.length) - 1];
}

function round(ms: number): number {
  return Math.round(ms * 10_000) / 10_000;
}

/** Offsets inside contexts (values for completion, any segment for hover) or anywhere, half and half. */
function offsets(index: InlineIndex, length: number, seed: number, valuesOnly: boolean): number[] {
  const random = seededRandom(seed);
  const targets: number[] = [];
  for (const context of index.contexts) {
    if (context.kind === 'param') for (const v of context.values) targets.push(v.start + 1);
    else if (!valuesOnly) for (const s of context.segments) targets.push(s.start + 1);
  }
  return Array.from({ length: SAMPLES }, (_, i) =>
    i % 2 === 0 ? targets[Math.floor(random() * targets.length)] : Math.floor(random() * length));
}

/** Runs the measurement (a fresh process gives the cold numbers their meaning). */
export function measureInline(): InlineMeasurement {
  const text = generateInlineSource(true);
  const plain = generateInlineSource(false);

  const t0 = performance.now();
  const cold = InlineIndex.build(text, 'js');
  const scanMs = performance.now() - t0;
  if (cold.contexts.length === 0) throw new Error('inline bench: no contexts found');

  const t1 = performance.now();
  const none = InlineIndex.build(plain, 'js');
  const noContextMs = performance.now() - t1;
  if (none !== InlineIndex.EMPTY) throw new Error('inline bench: the no-context file found contexts');

  // The providers' path: a document object as cache key, its version, and the text read on a cache miss.
  const document = { uri: 'untitled:bench.ts' };
  const source: InlineSource = { version: 1, family: 'js', getText: () => text };

  const hoverCache = new InlineIndexCache<object>();
  const hoverSamples = new Float64Array(SAMPLES);
  let hovers = 0;
  offsets(cold, text.length, 11, false).forEach((offset, s) => {
    const start = performance.now();
    const info = hoverAt(hoverCache.index(document, source), offset, '2.166');
    const markdown = info === undefined ? '' : formatFieldDocMarkdown(info.doc)
      + (info.lookup ? encodeURIComponent(JSON.stringify(info.lookup)) + describeLookup(info.lookup, '2.166') : '');
    hoverSamples[s] = performance.now() - start;
    if (markdown !== '') hovers++;
  });
  if (hovers < SAMPLES / 4) throw new Error(`inline bench: only ${hovers} hovers answered`);

  const completionCache = new InlineIndexCache<object>();
  const completionSamples = new Float64Array(SAMPLES);
  let completions = 0;
  offsets(cold, text.length, 13, true).forEach((offset, s) => {
    const start = performance.now();
    const result = completionAt(completionCache.index(document, source), offset, '2.166');
    let chars = 0;
    if (result !== undefined) for (const item of result.items) chars += item.doc ? formatFieldDocMarkdown(item.doc).length : 0;
    completionSamples[s] = performance.now() - start;
    if (chars > 0) completions++;
  });
  if (completions < SAMPLES / 4) throw new Error(`inline bench: only ${completions} completions answered`);

  const rescans = new Float64Array(20);
  for (let r = 0; r < rescans.length; r++) {
    const start = performance.now();
    InlineIndex.build(text, 'js');
    rescans[r] = performance.now() - start;
  }
  rescans.sort();

  return {
    inline_hover_p95_ms: round(p95(hoverSamples)),
    inline_completion_p95_ms: round(p95(completionSamples)),
    inline_scan_ms: round(scanMs),
    lines: text.split('\n').length,
    inline_scan_no_context_ms: round(noContextMs),
    inline_rescan_ms: round(rescans[rescans.length >> 1]),
  };
}
