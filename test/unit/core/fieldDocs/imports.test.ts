// The field-doc modules once imported each other in a circle (the lookup imported the tables, the tables imported
// their types back from the lookup). They now form a DAG: types <- entityDocs <- the tables <- lookup. This walks
// the sources, type-only imports included (a circle of types is still a circle of knowledge), and fails on a cycle.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { findCycle, importGraph } from '../../../support/importGraph';
import { projectRoot } from '../../../../tools/workbench/projectFiles';

describe('fieldDocs imports', () => {
  const dir = path.join(projectRoot, 'src', 'core', 'fieldDocs');
  const graph = importGraph(dir);
  const relative = (files: readonly string[]): string[] => files.map((file) => path.relative(dir, file));

  it('form no cycle', () => {
    assert.ok(graph.size >= 6, `found only ${relative([...graph.keys()]).join(', ')}`);
    const cycle = findCycle(graph);
    assert.equal(cycle, undefined, `import cycle: ${relative(cycle ?? []).join(' -> ')}`);
  });

  it('point down: the tables import only the types and the shared entity docs, which import only the types', () => {
    const local = (file: string): string[] => relative((graph.get(path.join(dir, file)) ?? []).filter((to) => graph.has(to))).sort();
    assert.deepEqual(local('types.ts'), []);
    assert.deepEqual(local('entityDocs.ts'), ['types.ts']);
    for (const table of ['userDocs.ts', 'tweetDocs.ts']) assert.deepEqual(local(table), ['entityDocs.ts', 'types.ts'], table);
    assert.deepEqual(local('envelopeDocs.ts'), ['types.ts']);
    for (const table of ['mediaDocs.ts', 'pollDocs.ts', 'placeDocs.ts', 'spaceDocs.ts', 'listDocs.ts', 'topicDocs.ts', 'expansionDocs.ts']) {
      assert.deepEqual(local(table), ['types.ts'], table);
    }
    assert.deepEqual(local('dmEventDocs.ts'), ['entityDocs.ts', 'types.ts']);
    assert.deepEqual(local('classifyObject.ts'), ['types.ts']);
    assert.deepEqual(local('lookup.ts'), [
      'classifyObject.ts', 'dmEventDocs.ts', 'envelopeDocs.ts', 'expansionDocs.ts', 'listDocs.ts', 'mediaDocs.ts', 'placeDocs.ts',
      'pollDocs.ts', 'spaceDocs.ts', 'topicDocs.ts', 'tweetDocs.ts', 'types.ts', 'userDocs.ts',
    ]);
  });

  it('the walk itself sees a cycle when there is one', () => {
    // Without this, a resolver that lost every import would pass the test above.
    assert.deepEqual(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]])), ['a', 'b', 'c', 'a']);
    assert.equal(findCycle(new Map([['a', ['b']], ['b', []], ['c', ['b', 'outside']]])), undefined);
  });
});
