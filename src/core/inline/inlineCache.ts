/**
 * Per-document-version caches, keyed by the editor's document object (held weakly, so closed documents go with it).
 * The providers, the checks and the benchmark all go through these: the first request of a version scans, every
 * later one is a WeakMap lookup plus a binary search.
 */
import type { Vocabulary } from '../vocabulary';
import { checkInline, type InlineProblem } from './inlineChecks';
import { InlineIndex } from './inlineIndex';
import type { InlineFamily } from './inlineModel';

/** What a cache needs to know about a document, read only when the cached version is stale. */
export interface InlineSource {
  readonly version: number;
  readonly family: InlineFamily | undefined;
  /** The whole text; called at most once per version. */
  getText(): string;
}

interface Entry {
  readonly version: number;
  readonly family: InlineFamily | undefined;
  readonly index: InlineIndex;
  problems?: { readonly vocabulary: Vocabulary; readonly list: readonly InlineProblem[] };
}

export class InlineIndexCache<K extends object> {
  private readonly entries = new WeakMap<K, Entry>();

  /** The index of `key`'s current version, scanned on the first call for that version. */
  index(key: K, source: InlineSource): InlineIndex {
    return this.entry(key, source).index;
  }

  /** The problems of `key`'s current version under `vocabulary`, computed once per version and vocabulary. */
  problems(key: K, source: InlineSource, vocabulary: Vocabulary): readonly InlineProblem[] {
    const entry = this.entry(key, source);
    if (entry.problems?.vocabulary !== vocabulary) {
      entry.problems = { vocabulary, list: checkInline(entry.index, vocabulary) };
    }
    return entry.problems.list;
  }

  /** Forgets a document (closed), so a reopened one with the same object starts fresh. */
  delete(key: K): void {
    this.entries.delete(key);
  }

  private entry(key: K, source: InlineSource): Entry {
    const cached = this.entries.get(key);
    // A language change keeps the version but changes how the text reads.
    if (cached !== undefined && cached.version === source.version && cached.family === source.family) return cached;
    const index = source.family === undefined ? InlineIndex.EMPTY : InlineIndex.build(source.getText(), source.family);
    const entry: Entry = { version: source.version, family: source.family, index };
    this.entries.set(key, entry);
    return entry;
  }
}
