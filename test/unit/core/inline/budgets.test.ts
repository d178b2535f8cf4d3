// Hostile input costs the inline docs little: a size limit, a time budget, a cap on problems, and scanners whose cost
// per key does not grow with the file.
import { strict as assert } from 'node:assert';
import { InlineIndexCache, type InlineLimitNote, type InlineLimits, type InlineSource } from '../../../../src/core/inline/cache';
import { checkDocument, checkInline } from '../../../../src/core/inline/checks';
import { InlineIndex } from '../../../../src/core/inline/documentIndex';
import type { InlineFamily } from '../../../../src/core/inline/model';
import { OpenBrackets } from '../../../../src/core/inline/scanText';
import { WorkBudget } from '../../../../src/core/inline/workBudget';
import { seededRandom } from '../../../../src/core/util/mulberry32';
import { closestValue } from '../../../../src/core/request/suggest';

const HEADER = "import { TwitterApi } from 'twitter-api-v2';\n";

/** `count` user lookups, each with one unknown value (`create_at`) and a URL with another (`locaton`). */
function lookups(count: number): string {
  const one = (i: number): string => [
    `const u${i} = await client.v2.user(id, { 'user.fields': ['created_at', 'create_at', 'description'] });`,
    `const r${i} = await fetch(\`https://api.x.com/2/users/\${id}?user.fields=locaton,url&expansions=pinned_tweet_id\`);`,
    `console.log(u${i}.data.public_metrics.followers_count);`,
  ].join('\n');
  return HEADER + Array.from({ length: count }, (_, i) => one(i)).join('\n') + '\n';
}

function source(text: string, family: InlineFamily = 'js', reads = { count: 0 }): InlineSource {
  return { version: 1, family, getText: () => (reads.count++, text), length: () => text.length };
}

/** A clock that moves `step` ms each time it is read. */
function steppingClock(step: number): () => number {
  let now = 0;
  return () => (now += step);
}

describe('inline docs: budgets', () => {
  it('never reads a document over the size limit, and says so once per version', () => {
    const notes: InlineLimitNote[] = [];
    const limits: InlineLimits = { maxChars: 1000, budgetMs: 100, maxProblems: 100, now: () => 0 };
    const cache = new InlineIndexCache<object>(limits, (_key, note) => notes.push(note));
    const reads = { count: 0 };
    const document = {};
    const text = lookups(20);
    assert.equal(cache.index(document, source(text, 'js', reads)), InlineIndex.EMPTY);
    assert.deepEqual(cache.problems(document, source(text, 'js', reads), '2.166'), []);
    assert.equal(reads.count, 0, 'the text was never built');
    assert.deepEqual(notes, [{ kind: 'tooLarge', chars: text.length, maxChars: 1000 }]);
    // Within the limit the same text is read in full.
    assert.equal(new InlineIndexCache<object>({ ...limits, maxChars: text.length }).problems({}, source(text), '2.166').length, 40);
  });

  it('reports the first maxProblems problems in document order, the same as the unbounded checks', () => {
    const text = lookups(300);
    const index = InlineIndex.build(text, 'js');
    const all = checkInline(index, '2.166');
    assert.equal(all.length, 600);
    const capped = checkDocument(index, '2.166', { maxProblems: 100 });
    assert.equal(capped.complete, false);
    assert.deepEqual(capped.problems, all.slice(0, 100));
    assert.deepEqual(checkDocument(index, '2.166', { maxProblems: 600 }), { problems: all, complete: true });
    // A missing expansion belongs to its group as a whole: a later `expansions` key still silences it under a cap.
    const group = `${HEADER}client.v2.user(id, {\n  'tweet.fields': ['lang'],\n${"  'user.fields': ['create_at'],\n".repeat(5)}  expansions: ['pinned_tweet_id'],\n});\n`;
    const groupIndex = InlineIndex.build(group, 'js');
    assert.deepEqual(checkDocument(groupIndex, '2.166', { maxProblems: 2 }).problems, checkInline(groupIndex, '2.166').slice(0, 2));
    assert.ok(checkInline(groupIndex, '2.166').every((p) => p.code === 'unknownValue'));
  });

  it('a scan that runs out of time stops and keeps what it found', () => {
    const text = lookups(2000);
    const full = InlineIndex.build(text, 'js');
    assert.equal(full.complete, true);
    // Each clock reading takes 1 ms of a 40 ms budget: the scan stops early, whatever the machine's speed.
    const partial = InlineIndex.build(text, 'js', WorkBudget.of(steppingClock(1), 40));
    assert.equal(partial.complete, false);
    assert.ok(partial.contexts.length > 0 && partial.contexts.length < full.contexts.length, `${partial.contexts.length} of ${full.contexts.length}`);
    const found = new Set(full.contexts.map((c) => JSON.stringify(c)));
    assert.ok(partial.contexts.every((c) => found.has(JSON.stringify(c))), 'only contexts the full scan finds too');

    const notes: InlineLimitNote[] = [];
    const cache = new InlineIndexCache<object>({ maxChars: 1 << 30, budgetMs: 40, maxProblems: 100, now: steppingClock(1) }, (_k, note) => notes.push(note));
    const problems = cache.problems({}, source(text), '2.166');
    assert.ok(problems.length > 0 && problems.length <= 100);
    assert.equal(notes[0].kind, 'scanCut');
  });

  it('checks that run out of time report the problems found so far', () => {
    const index = InlineIndex.build(lookups(2000), 'js');
    const result = checkDocument(index, '2.166', { budget: WorkBudget.of(steppingClock(1), 20) });
    assert.equal(result.complete, false);
    assert.ok(result.problems.length > 0 && result.problems.length < 4000, `${result.problems.length}`);
    assert.deepEqual(result.problems, checkInline(index, '2.166').slice(0, result.problems.length));
  });

  it('finds the same enclosing brackets as a walk back from each offset', () => {
    // The reference: count brackets backwards from `at`, down to `limit`.
    const walkBack = (text: string, at: number, limit: number): number => {
      let depth = 0;
      for (let j = at - 1; j >= Math.max(0, limit); j--) {
        const c = text[j];
        if (c === ')' || c === '}' || c === ']') depth++;
        else if (c === '(' || c === '{' || c === '[') {
          if (depth === 0) return j;
          depth--;
        }
      }
      return -1;
    };
    const random = seededRandom(3);
    for (let doc = 0; doc < 200; doc++) {
      const text = Array.from({ length: 400 }, () => '(){}[]ab '[Math.floor(random() * 9)]).join('');
      const from = Math.floor(random() * 20);
      const brackets = new OpenBrackets(text, from);
      for (let at = from; at < text.length; at += 1 + Math.floor(random() * 7)) {
        const lookback = 1 + Math.floor(random() * 60);
        const opener = brackets.innermost(at, Math.max(from, at - lookback));
        assert.equal(opener, walkBack(text, at, Math.max(from, at - lookback)), `${text} @${at}`);
        if (opener !== -1) {
          assert.equal(brackets.enclosing(opener, Math.max(from, opener - lookback)), walkBack(text, opener, Math.max(from, opener - lookback)));
        }
      }
    }
  });

  it('costs the same per key however long the file: long options objects, continuation lines, unclosed subscripts', () => {
    // Each of these took seconds at 4 MB: a walk back of up to 8 KB per key, 4 KB per `&` line, and a search to the end
    // of the file from every `[`.
    const cases: [string, InlineFamily, number][] = [
      [`${HEADER}client.v2.user(id, {\n${"  userFields: ['created_at', 'create_at'],\n".repeat(100_000)}});\n`, 'js', 100_000],
      [`GET https://api.x.com/2/users/me\n${'  &user.fields=created_at,url\n'.repeat(140_000)}`, 'http', 140_000],
      ['x = user.public_metrics[\n'.repeat(160_000), 'js', 160_000],
    ];
    for (const [text, family, contexts] of cases) {
      const started = Date.now();
      const index = InlineIndex.build(text, family);
      const elapsed = Date.now() - started;
      assert.equal(index.contexts.length, contexts);
      assert.ok(elapsed < 1500, `${family} ${text.length} characters: ${elapsed} ms`);
    }
  });

  it('offers no suggestion for a value far longer than any allowed one, without computing distances', () => {
    const allowed = ['created_at', 'description'];
    assert.equal(closestValue('created_at' + 'x'.repeat(100_000), allowed), undefined);
    assert.equal(closestValue('create_at', allowed), 'created_at');
    // At the bound the distance still decides: 23 characters is within twice 11 plus one, and too far.
    assert.equal(closestValue('descriptionxxxxxxxxxxxx', allowed), undefined);
  });
});
