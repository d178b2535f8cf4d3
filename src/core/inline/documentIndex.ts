/**
 * The X API contexts of one document version, found by one pass of each scanner and then answered by binary search:
 * a hover or a completion costs O(log n) however long the file. Documents without any trigger literal (triggers.ts)
 * get the shared empty index and cost one regex test.
 */
import { JsonIndex, type JsonLocation } from '../response/jsonIndex';
import type { AccessContext, InlineContext, InlineFamily, JsonRegion, ParamContext } from './model';
import { scanAccesses } from './scanAccess';
import { CommentRanges } from './scanComments';
import { fencedBlocks } from './scanMarkdown';
import { scanOptions } from './scanOptions';
import { scanQueries } from './scanQuery';
import { looksLikeXResponse, mentionsXApi } from './triggers';
import { WorkBudget } from './workBudget';

const JS_LANGUAGES = new Set(['typescript', 'javascript', 'typescriptreact', 'javascriptreact']);
const JSON_LANGUAGES = new Set(['json', 'jsonc']);

/**
 * How to read a document, from its language id and, for REST Client files opened without that extension (language
 * `plaintext`), its file name. Undefined: not a language the inline docs read.
 */
export function familyOf(languageId: string, fileName: string): InlineFamily | undefined {
  if (JS_LANGUAGES.has(languageId)) return 'js';
  if (languageId === 'python') return 'python';
  if (JSON_LANGUAGES.has(languageId)) return 'json';
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'http' || /\.(?:http|rest)$/i.test(fileName)) return 'http';
  return undefined;
}

/** Where a context's hover/completion span begins: the key for parameters (so the key is inside), else its start. */
function spanStart(context: InlineContext): number {
  return context.kind === 'param' ? context.keyStart : context.start;
}

function spanEnd(context: InlineContext): number {
  return context.kind === 'param' ? Math.max(context.end, context.valueEnd) : context.end;
}

/** A JSON region's lazily built index, and where it sits in the document. */
interface JsonEntry {
  readonly region: JsonRegion;
  index: JsonIndex | undefined;
}

/** A JSON location with offsets in document coordinates. */
export interface DocumentJsonLocation extends JsonLocation {
  readonly region: JsonRegion;
  /** The own keys of the object at a path of the region's JSON, so hovers can tell a post from a user. */
  readonly keysAt: (path: readonly (string | number)[]) => readonly string[] | undefined;
}

export class InlineIndex {
  /** The index of every document with no X API context. Shared: a non-X document allocates nothing. */
  static readonly EMPTY = new InlineIndex('', [], [], true);

  private constructor(
    /** The text the index was built from (completion reads the word being typed from it). */
    readonly text: string,
    /** Sorted by span start, non-overlapping. */
    readonly contexts: readonly InlineContext[],
    private readonly json: readonly JsonEntry[],
    /** False when the scan ran out of time: the contexts are those found before it stopped. */
    readonly complete: boolean,
  ) {}

  /** Whether the document has nothing for the inline docs (the precheck failed, or the scanners found nothing). */
  get isEmpty(): boolean {
    return this.contexts.length === 0 && this.json.length === 0;
  }

  /** The parameter contexts, in document order (for the checks). */
  params(): ParamContext[] {
    return this.contexts.filter((c): c is ParamContext => c.kind === 'param');
  }

  /**
   * Scans `text` once. Linear in its length; a text without trigger literals returns {@link EMPTY} after one test.
   * When `budget` runs out the scanners stop, and the index holds what they found ({@link complete} false).
   */
  static build(text: string, family: InlineFamily, budget: WorkBudget = WorkBudget.UNLIMITED): InlineIndex {
    const json = family === 'json' && looksLikeXResponse(text);
    if (!json && !mentionsXApi(text) && family !== 'markdown') return InlineIndex.EMPTY;
    const params: ParamContext[] = [];
    const accesses: AccessContext[] = [];
    const regions: JsonRegion[] = [];
    if (family === 'markdown') {
      const hasJsonBlock = /^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*json/im.test(text);
      if (!hasJsonBlock && !mentionsXApi(text)) return InlineIndex.EMPTY;
      for (const block of fencedBlocks(text)) {
        if (budget.expired()) break;
        scanFamily(text, block.start, block.end, block.family, params, accesses, regions, budget);
      }
    } else {
      scanFamily(text, 0, text.length, family, params, accesses, regions, budget);
    }
    const complete = !budget.ranOut;
    if (params.length === 0 && accesses.length === 0 && regions.length === 0) {
      return complete ? InlineIndex.EMPTY : new InlineIndex(text, [], [], false);
    }
    return new InlineIndex(
      text, sortedWithoutOverlaps([...params, ...accesses]), regions.map((region) => ({ region, index: undefined })), complete,
    );
  }

  /** The context whose span holds `offset` (end inclusive, so a cursor just after a value still counts). */
  contextAt(offset: number): InlineContext | undefined {
    const contexts = this.contexts;
    let lo = 0;
    let hi = contexts.length - 1;
    if (hi < 0 || offset < spanStart(contexts[0])) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (spanStart(contexts[mid]) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const found = contexts[lo];
    return offset <= spanEnd(found) ? found : undefined;
  }

  /** The JSON token under `offset` when it falls in an X response region (a .json fixture, a ```json block). */
  jsonAt(offset: number): DocumentJsonLocation | undefined {
    for (const entry of this.json) {
      const { start, end } = entry.region;
      if (offset < start || offset >= end) continue;
      entry.index ??= JsonIndex.build(start === 0 && end === this.text.length ? this.text : this.text.slice(start, end));
      const index = entry.index;
      const location = index.locate(offset - start);
      if (location === undefined) return undefined;
      return { ...location, start: location.start + start, end: location.end + start, region: entry.region, keysAt: (path) => index.keysAt(path) };
    }
    return undefined;
  }
}

function scanFamily(
  text: string, from: number, to: number, family: Exclude<InlineFamily, 'markdown'>,
  params: ParamContext[], accesses: AccessContext[], regions: JsonRegion[], budget: WorkBudget,
): void {
  switch (family) {
    case 'js':
    case 'python': {
      const python = family === 'python';
      const foundParams = params.length;
      const foundAccesses = accesses.length;
      scanQueries(text, from, to, false, params, budget);
      scanOptions(text, from, to, python, params, budget);
      scanAccesses(text, from, to, accesses, budget, params.length > foundParams);
      if (params.length > foundParams || accesses.length > foundAccesses) {
        // A JSDoc example or a commented-out call is not a request: what the scanners found in comments goes.
        const comments = CommentRanges.of(text, from, to, python);
        dropCommented(params, foundParams, comments, (c) => c.keyStart);
        dropCommented(accesses, foundAccesses, comments, (c) => c.start);
      }
      break;
    }
    case 'http':
      scanQueries(text, from, to, true, params, budget);
      break;
    case 'json':
      scanQueries(text, from, to, false, params, budget);
      if (from === 0 && to === text.length ? looksLikeXResponse(text) : looksLikeXResponse(text.slice(from, to))) {
        regions.push({ start: from, end: to });
      }
      break;
  }
}

function dropCommented<T>(list: T[], from: number, comments: CommentRanges, at: (item: T) => number): void {
  let kept = from;
  for (let i = from; i < list.length; i++) {
    if (!comments.has(at(list[i]))) list[kept++] = list[i];
  }
  list.length = kept;
}

/** Contexts by span start; of two that overlap (a URL holding `.public_metrics`?), the first one wins. */
function sortedWithoutOverlaps(contexts: InlineContext[]): InlineContext[] {
  contexts.sort((a, b) => spanStart(a) - spanStart(b));
  const kept: InlineContext[] = [];
  let lastEnd = -1;
  for (const context of contexts) {
    if (spanStart(context) <= lastEnd) continue;
    kept.push(context);
    lastEnd = spanEnd(context);
  }
  return kept;
}
