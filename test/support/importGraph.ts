// The import graph of a source folder, for the tests that keep src free of import cycles.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/** Relative imports of every .ts file under `dir` (recursively), as absolute paths of .ts files. */
export function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const imports = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles
          .map((ref) => ref.fileName)
          .filter((name) => name.startsWith('.'))
          .map((name) => path.resolve(path.dirname(file), name) + '.ts');
        graph.set(file, imports);
      }
    }
  };
  visit(dir);
  return graph;
}

/** One cycle among the files of `graph` (imports leaving it are ignored), as a list of files; undefined if none. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const walk = (file: string): string[] | undefined => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (state.get(next) === undefined) {
        const found = walk(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of graph.keys()) {
    if (state.get(file) === undefined) {
      const found = walk(file);
      if (found) return found;
    }
  }
  return undefined;
}
