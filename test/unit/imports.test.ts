// No module of src imports itself back through others, type-only imports included: the folders are layers, and a
// cycle (the field-doc tables and their lookup had one) means two modules each own half of one idea.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { findCycle, importGraph } from '../support/importGraph';
import { projectRoot } from '../../tools/workbench/projectFiles';

describe('src imports', () => {
  it('form no cycle', () => {
    const src = path.join(projectRoot, 'src');
    const graph = importGraph(src);
    assert.ok(graph.size > 50, `found only ${graph.size} modules`);
    const cycle = findCycle(graph);
    assert.equal(cycle, undefined, `import cycle: ${(cycle ?? []).map((file) => path.relative(src, file)).join(' -> ')}`);
  });
});
