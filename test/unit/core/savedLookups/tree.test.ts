import { strict as assert } from 'node:assert';
import type { LookupRequest } from '../../../../src/core/request/lookupRequest';
import type { SavedLookup } from '../../../../src/core/savedLookups/model';
import { groupKey, savedLookupTree, type LookupGroupNode } from '../../../../src/core/savedLookups/tree';

let counter = 0;
function saved(name: string, request: LookupRequest, folder?: string, id = `id-${++counter}`): SavedLookup {
  const at = '2025-06-01T00:00:00.000Z';
  return { id, name, request, createdAt: at, updatedAt: at, ...(folder === undefined ? {} : { folder }) };
}

const label = (node: LookupGroupNode): string => (node.group.type === 'folder' ? node.group.folder : node.group.endpoint);

describe('saved lookup tree', () => {
  const lookups = [
    saved('Jack', { endpoint: 'userById', id: '12' }),
    saved('me', { endpoint: 'me' }),
    saved('Lookup 10', { endpoint: 'userById', id: '10' }),
    saved('lookup 2', { endpoint: 'userById', id: '2' }),
    saved('Devs', { endpoint: 'usersByIds', ids: ['1', '2'] }, 'team'),
    saved('Profiles', { endpoint: 'customProfiles' }),
    saved('Ads', { endpoint: 'userByUsername', username: 'ads' }, 'Archive'),
    saved('Équipe', { endpoint: 'userById', id: '3' }, 'team'),
    saved('equipe', { endpoint: 'userById', id: '4' }, 'team', 'id-0'),
  ];
  const tree = savedLookupTree(lookups);

  it('puts folders first by name, case aside, then endpoints in catalogue order', () => {
    assert.deepEqual(tree.roots.map(label), ['Archive', 'team', 'userById', 'me', 'customProfiles']);
    assert.deepEqual(tree.roots.map(groupKey), ['folder:Archive', 'folder:team', 'endpoint:userById', 'endpoint:me', 'endpoint:customProfiles']);
  });

  it('groups a lookup by its folder whatever its endpoint, else by its endpoint', () => {
    const names = (i: number) => tree.children.get(tree.roots[i])!.map((node) => node.lookup.name);
    assert.deepEqual(names(0), ['Ads']);
    // Accents and case aside the names tie, and the id decides: the order does not depend on the file's.
    assert.deepEqual(names(1), ['Devs', 'equipe', 'Équipe']);
    // Numbers by value: 2 before 10.
    assert.deepEqual(names(2), ['Jack', 'lookup 2', 'Lookup 10']);
    assert.deepEqual(names(3), ['me']);
  });

  it('keeps one node per lookup, reachable by id and knowing its parent', () => {
    assert.equal(tree.nodes.size, lookups.length);
    for (const lookup of lookups) {
      const node = tree.nodes.get(lookup.id)!;
      assert.equal(node.lookup, lookup);
      const parent = tree.parents.get(node)!;
      assert.ok(tree.roots.includes(parent));
      assert.ok(tree.children.get(parent)!.includes(node));
    }
  });

  it('gives the same order for the same lookups in any order', () => {
    const reversed = savedLookupTree([...lookups].reverse());
    assert.deepEqual(reversed.roots.map(groupKey), tree.roots.map(groupKey));
    for (const [i, root] of reversed.roots.entries()) {
      assert.deepEqual(reversed.children.get(root)!.map((node) => node.lookup.id), tree.children.get(tree.roots[i])!.map((node) => node.lookup.id));
    }
  });

  it('is empty for no lookups, and a folder named like an endpoint is still a folder', () => {
    assert.deepEqual(savedLookupTree([]).roots, []);
    const clash = savedLookupTree([saved('a', { endpoint: 'me' }, 'me'), saved('b', { endpoint: 'me' })]);
    assert.deepEqual(clash.roots.map(groupKey), ['folder:me', 'endpoint:me']);
  });
});
