// The per-version cache the providers go through: one scan per document version, nothing for non-X documents.
import { strict as assert } from 'node:assert';
import { InlineIndexCache, type InlineSource } from '../../../../src/core/inline/cache';
import { InlineIndex } from '../../../../src/core/inline/documentIndex';
import type { InlineFamily } from '../../../../src/core/inline/model';

function source(text: string, version: number, family: InlineFamily | undefined, reads: { count: number }): InlineSource {
  return { version, family, getText: () => (reads.count++, text) };
}

describe('inline docs: per-version cache', () => {
  it('reads and scans a version once, again after an edit or a language change', () => {
    const cache = new InlineIndexCache<object>();
    const document = {};
    const reads = { count: 0 };
    const text = "client.v2.user(id, { 'user.fields': ['create_at'] })";
    const first = cache.index(document, source(text, 1, 'js', reads));
    assert.equal(cache.index(document, source(text, 1, 'js', reads)), first);
    assert.equal(reads.count, 1);
    assert.equal(cache.problems(document, source(text, 1, 'js', reads), '2.166'), cache.problems(document, source(text, 1, 'js', reads), '2.166'));
    assert.equal(reads.count, 1);
    assert.notEqual(cache.index(document, source(text, 2, 'js', reads)), first);
    assert.equal(reads.count, 2);
    cache.index(document, source(text, 2, 'python', reads));
    assert.equal(reads.count, 3);
  });

  it('problems follow the vocabulary without a rescan', () => {
    const cache = new InlineIndexCache<object>();
    const document = {};
    const reads = { count: 0 };
    const text = "client.v2.user(id, { expansions: ['pinned_post_id'] })";
    assert.equal(cache.problems(document, source(text, 1, 'js', reads), '2.166').length, 1);
    assert.equal(cache.problems(document, source(text, 1, 'js', reads), '2.167').length, 0);
    assert.equal(reads.count, 1);
  });

  it('a language the inline docs do not read is never read at all', () => {
    const cache = new InlineIndexCache<object>();
    const reads = { count: 0 };
    assert.equal(cache.index({}, source('user.fields=created_at', 1, undefined, reads)), InlineIndex.EMPTY);
    assert.equal(reads.count, 0);
  });
});
