// The inline docs on our own fixtures written in the styles real integrations use (test/fixtures/inline): no warning
// on correct code, a warning on each planted mistake (marked `planted: <text>`), completions whose result still
// parses and keeps every neighbour, hovers with the right doc.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { docForFieldName } from '../../../../src/core/fieldDocs/lookup';
import type { Vocabulary } from '../../../../src/core/catalog/vocabulary';
import { checkDocument, type InlineProblem } from '../../../../src/core/inline/checks';
import { completionAt } from '../../../../src/core/inline/completion';
import { familyOf, InlineIndex } from '../../../../src/core/inline/documentIndex';
import { hoverAt } from '../../../../src/core/inline/hover';
import type { InlineFamily, ParamContext } from '../../../../src/core/inline/model';
import { projectRoot } from '../../../../tools/workbench/projectFiles';

const FIXTURES = path.join(projectRoot, 'test', 'fixtures', 'inline');
const LANGUAGE_OF: Readonly<Record<string, string>> = {
  '.ts': 'typescript', '.tsx': 'typescriptreact', '.js': 'javascript', '.py': 'python', '.md': 'markdown',
};

interface Fixture {
  readonly name: string;
  readonly text: string;
  readonly family: InlineFamily;
}

function fixtures(folder: 'correct' | 'planted'): Fixture[] {
  const dir = path.join(FIXTURES, folder);
  return fs.readdirSync(dir).sort().map((name) => {
    const family = familyOf(LANGUAGE_OF[path.extname(name)], name);
    assert.ok(family, name);
    return { name: `${folder}/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8'), family };
  });
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

const warnings = (problems: readonly InlineProblem[]): InlineProblem[] => problems.filter((p) => p.severity === 'warning');

/** `planted: <text>` markers: the warning's text and its line (the marker's own line, or the next line holding it). */
function plantedMarks(text: string): { line: number; text: string }[] {
  const marks: { line: number; text: string }[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = /planted: (\S+)/.exec(line);
    if (m === null) return;
    const onLine = line.slice(0, m.index).includes(m[1]);
    const at = onLine ? i : lines.findIndex((l, j) => j > i && l.includes(m[1]));
    assert.ok(at >= 0, `marker ${m[1]} has a line`);
    marks.push({ line: at + 1, text: m[1] });
  });
  return marks;
}

describe('inline docs on our fixtures', () => {
  for (const vocabulary of ['2.166', '2.167'] as Vocabulary[]) {
    describe(`xapi.vocabulary ${vocabulary}`, () => {
      for (const fixture of fixtures('correct')) {
        it(`no warning on correct code: ${fixture.name}`, () => {
          const problems = warnings(checkDocument(InlineIndex.build(fixture.text, fixture.family), vocabulary).problems);
          assert.deepEqual(problems.map((p) => `${lineOf(fixture.text, p.start)}: ${p.message}`), []);
        });
      }
      for (const fixture of fixtures('planted')) {
        it(`a warning on each planted mistake, nothing else: ${fixture.name}`, () => {
          const problems = warnings(checkDocument(InlineIndex.build(fixture.text, fixture.family), vocabulary).problems);
          const found = problems.map((p) => ({ line: lineOf(fixture.text, p.start), text: fixture.text.slice(p.start, p.end) }));
          const marks = plantedMarks(fixture.text);
          assert.ok(marks.length > 0);
          assert.deepEqual(found, marks);
        });
      }
    });
  }

  it('under 2.167, values of today\'s API that 2.167 renames are information, not warnings', () => {
    const fixture = fixtures('correct').find((f) => f.name.endsWith('tv2Timeline.ts'))!;
    const problems = checkDocument(InlineIndex.build(fixture.text, fixture.family), '2.167').problems;
    const pinned = problems.find((p) => fixture.text.slice(p.start, p.end) === 'pinned_tweet_id');
    assert.equal(pinned?.severity, 'information');
    assert.equal(pinned?.code, 'otherVocabulary');
    assert.equal(pinned?.fix?.edits[0].newText, 'pinned_post_id');
  });

  it('the negatives have no context at all: Twitch and GitHub users, Stripe expand lists', () => {
    for (const fixture of fixtures('correct').filter((f) => /twitch|stripe/i.test(f.name))) {
      assert.equal(InlineIndex.build(fixture.text, fixture.family).contexts.length, 0, fixture.name);
    }
  });

  describe('completion results still parse and keep every neighbour', () => {
    const withContexts = [...fixtures('correct'), ...fixtures('planted')].filter((f) => !/twitch|stripe/i.test(f.name));
    for (const fixture of withContexts) {
      it(fixture.name, () => {
        const index = InlineIndex.build(fixture.text, fixture.family);
        let tried = 0;
        for (const context of index.params()) {
          if (context.syntax === 'expression') continue;
          for (const offset of cursorsIn(context, fixture.text)) {
            const completion = completionAt(index, offset, '2.166');
            if (completion === undefined || completion.items.length === 0) continue;
            const item = completion.items[completion.items.length - 1];
            const edited = fixture.text.slice(0, completion.replaceStart) + item.insertText + fixture.text.slice(completion.replaceEnd);
            const where = `${fixture.name} at ${JSON.stringify(fixture.text.slice(offset - 12, offset))}|${JSON.stringify(fixture.text.slice(offset, offset + 12))}`;
            assertParses(edited, fixture, where);
            assertValuesKept(context, fixture.text, edited, fixture.family, [completion.replaceStart, completion.replaceEnd], item.value, where);
            tried++;
          }
        }
        assert.ok(tried > 0, 'some completion was tried');
      });
    }
  });

  describe('hovers with the right doc', () => {
    it('xdk camelCase response properties are documented as the API field', () => {
      const fixture = fixtures('correct').find((f) => f.name.endsWith('xdkClient.js'))!;
      const index = InlineIndex.build(fixture.text, fixture.family);
      const at = fixture.text.indexOf('followersCount');
      const info = hoverAt(index, at + 2, '2.166');
      assert.equal(info?.doc, docForFieldName('user', 'public_metrics.followers_count'));
      assert.equal(fixture.text.slice(info!.start, info!.end), 'followersCount');
      const value = hoverAt(index, fixture.text.indexOf("'profileImageUrl'") + 2, '2.166');
      assert.equal(value?.doc.path, 'profile_image_url', 'a camelCase value is documented as the field it asks for');
    });

    it('nothing inside comments, nothing on another API\'s objects', () => {
      const tv2 = fixtures('correct').find((f) => f.name.endsWith('tv2Timeline.ts'))!;
      const index = InlineIndex.build(tv2.text, tv2.family);
      assert.equal(hoverAt(index, tv2.text.indexOf('not_a_field') + 2, '2.166'), undefined, 'JSDoc example');
      assert.ok(hoverAt(index, tv2.text.indexOf("'created_at'") + 2, '2.166'), 'the real call below it');
      assert.equal(hoverAt(index, tv2.text.indexOf('profile_image_url;') + 2, '2.166')?.doc.path, 'profile_image_url');
      const twitch = fixtures('correct').find((f) => f.name.endsWith('twitchUsers.js'))!;
      assert.equal(hoverAt(InlineIndex.build(twitch.text, twitch.family), twitch.text.indexOf('profile_image_url') + 2, '2.166'), undefined);
    });

    it('an access on a tweet in a file about X', () => {
      const fixture = fixtures('correct').find((f) => f.name.endsWith('fetchUrls.tsx'))!;
      const info = hoverAt(InlineIndex.build(fixture.text, fixture.family), fixture.text.indexOf('like_count}') + 1, '2.166');
      assert.equal(info?.doc, docForFieldName('tweet', 'public_metrics.like_count'));
    });
  });
});

/** Where a user asks for a completion in a list: at each value's start and end, after each separator, at the end. */
function cursorsIn(context: ParamContext, text: string): number[] {
  const offsets = new Set<number>();
  for (const value of context.values) {
    offsets.add(value.start);
    offsets.add(value.end);
  }
  for (let i = context.start; i < context.end; i++) {
    if (text[i] === ',') offsets.add(i + 1);
    if (text[i] === ',' && text[i + 1] === ' ') offsets.add(i + 2);
  }
  offsets.add(context.end);
  return [...offsets].filter((o) => o >= context.start && o <= context.end).sort((a, b) => a - b);
}

function assertParses(edited: string, fixture: Fixture, where: string): void {
  const ext = path.extname(fixture.name);
  if (ext === '.ts' || ext === '.tsx' || ext === '.js') {
    const result = ts.transpileModule(edited, {
      fileName: `fixture${ext === '.js' ? '.jsx' : ext}`, reportDiagnostics: true,
      compilerOptions: { jsx: ts.JsxEmit.Preserve, allowJs: true },
    });
    assert.deepEqual((result.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), [], where);
  } else if (ext === '.py') {
    assert.equal(pythonImbalance(edited), undefined, where);
  } else {
    // Markdown query lines: each still a query string of comma-joined values without empty or glued items.
    for (const line of edited.split('\n').filter((l) => /^[a-z_.]+=/.test(l))) {
      for (const [, value] of new URLSearchParams(line)) assert.ok(value.split(',').every((v) => /^[a-z_.]+$/.test(v)), `${where}: ${line}`);
    }
  }
}

/** Brackets and quotes of a Python text: undefined when balanced, else where they are not. */
function pythonImbalance(text: string): string | undefined {
  const open: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const close = triple ? text.indexOf(c.repeat(3), i + 3) : text.indexOf(c, i + 1);
      if (close === -1 || (!triple && text.slice(i, close).includes('\n'))) return `unterminated string at ${i}`;
      i = close + (triple ? 2 : 0);
    } else if (c === '(' || c === '[' || c === '{') {
      open.push(c);
    } else if (c in pairs) {
      if (open.pop() !== pairs[c]) return `unmatched ${c} at ${i}`;
    }
  }
  return open.length === 0 ? undefined : `unclosed ${open.join('')}`;
}

/** The edited list holds exactly the old values plus the new one: nothing overwritten, nothing glued together. */
function assertValuesKept(
  before: ParamContext, text: string, edited: string, family: InlineFamily, [at, end]: [number, number], value: string, where: string,
): void {
  const context = InlineIndex.build(edited, family).contextAt(at);
  assert.ok(context?.kind === 'param', `${where}: the list is still read`);
  // A value typed in part (the cursor inside or at its end) is the one the completion replaces.
  const replaced = before.values.filter((v) => v.start < end && v.end > at).map((v) => v.value);
  const kept = before.values.map((v) => v.value).filter((v) => !replaced.includes(v));
  const after = context.values.map((v) => v.value);
  assert.deepEqual([...after].sort(), [...kept, value].sort(), `${where}: ${JSON.stringify(text.slice(before.start, before.end))} -> ${JSON.stringify(edited.slice(context.start, context.end))}`);
}
