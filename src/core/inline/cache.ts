/**
 * Per-document-version caches, keyed by the editor's document object (held weakly, so closed documents go with it).
 * The providers, the checks and the benchmark all go through these: the first request of a version scans, every
 * later one is a WeakMap lookup plus a binary search.
 *
 * With {@link InlineLimits}, hostile input costs little: a document past the size limit is never read, a scan or a
 * check that runs out of time stops and keeps what it found, and at most so many problems are reported.
 */
import type { Vocabulary } from '../catalog/vocabulary';
import { checkDocument, type InlineProblem } from './checks';
import { InlineIndex } from './documentIndex';
import type { InlineFamily } from './model';
import { WorkBudget } from './workBudget';

/** What a cache needs to know about a document, read only when the cached version is stale. */
export interface InlineSource {
  readonly version: number;
  readonly family: InlineFamily | undefined;
  /** The whole text; called at most once per version. */
  getText(): string;
  /** The text's length without building it (the size limit is checked first); else getText().length. */
  length?(): number;
}

/** Bounds on the work per document version. */
export interface InlineLimits {
  /** Documents longer than this many characters are not read at all. */
  readonly maxChars: number;
  /** Milliseconds for the scan of a version, and as many again for its checks. */
  readonly budgetMs: number;
  /** At most this many problems per document: the first in document order. */
  readonly maxProblems: number;
  /** A clock in milliseconds. */
  readonly now: () => number;
}

/** Why a version got less than the full treatment; the host logs it. */
export type InlineLimitNote =
  | { readonly kind: 'tooLarge'; readonly chars: number; readonly maxChars: number }
  | { readonly kind: 'scanCut'; readonly budgetMs: number; readonly contexts: number }
  | { readonly kind: 'problemsCut'; readonly shown: number; readonly maxProblems: number; readonly budgetMs: number };

interface Entry {
  readonly version: number;
  readonly family: InlineFamily | undefined;
  readonly index: InlineIndex;
  problems?: { readonly vocabulary: Vocabulary; readonly list: readonly InlineProblem[] };
}

export class InlineIndexCache<K extends object> {
  private entries = new WeakMap<K, Entry>();

  constructor(
    private readonly limits?: InlineLimits,
    /** Told when a version is skipped for its size, or its scan or checks were cut short. */
    private readonly onLimit?: (key: K, note: InlineLimitNote) => void,
  ) {}

  /** The index of `key`'s current version, scanned on the first call for that version. */
  index(key: K, source: InlineSource): InlineIndex {
    return this.entry(key, source).index;
  }

  /** The problems of `key`'s current version under `vocabulary`, computed once per version and vocabulary. */
  problems(key: K, source: InlineSource, vocabulary: Vocabulary): readonly InlineProblem[] {
    const entry = this.entry(key, source);
    if (entry.problems?.vocabulary !== vocabulary) {
      const limits = this.limits;
      const result = limits === undefined
        ? checkDocument(entry.index, vocabulary)
        : checkDocument(entry.index, vocabulary, { maxProblems: limits.maxProblems, budget: WorkBudget.of(limits.now, limits.budgetMs) });
      entry.problems = { vocabulary, list: result.problems };
      // A partial scan was reported already; this note is about the checks themselves.
      if (limits !== undefined && !result.complete && entry.index.complete) {
        this.onLimit?.(key, { kind: 'problemsCut', shown: result.problems.length, maxProblems: limits.maxProblems, budgetMs: limits.budgetMs });
      }
    }
    return entry.problems.list;
  }

  /** Forgets a document (closed), so a reopened one with the same object starts fresh. */
  delete(key: K): void {
    this.entries.delete(key);
  }

  /** Forgets every document: the limits changed, so what was skipped or cut may now be read in full. */
  clear(): void {
    this.entries = new WeakMap<K, Entry>();
  }

  private entry(key: K, source: InlineSource): Entry {
    const cached = this.entries.get(key);
    // A language change keeps the version but changes how the text reads.
    if (cached !== undefined && cached.version === source.version && cached.family === source.family) return cached;
    const entry: Entry = { version: source.version, family: source.family, index: this.scan(key, source) };
    this.entries.set(key, entry);
    return entry;
  }

  private scan(key: K, source: InlineSource): InlineIndex {
    if (source.family === undefined) return InlineIndex.EMPTY;
    const limits = this.limits;
    if (limits === undefined) return InlineIndex.build(source.getText(), source.family);
    const chars = source.length?.() ?? source.getText().length;
    if (chars > limits.maxChars) {
      this.onLimit?.(key, { kind: 'tooLarge', chars, maxChars: limits.maxChars });
      return InlineIndex.EMPTY;
    }
    const index = InlineIndex.build(source.getText(), source.family, WorkBudget.of(limits.now, limits.budgetMs));
    if (!index.complete) this.onLimit?.(key, { kind: 'scanCut', budgetMs: limits.budgetMs, contexts: index.contexts.length });
    return index;
  }
}
