/**
 * The Saved Lookups view as data: lookups grouped by their folder, or by endpoint when they have none, in the order
 * the view shows them. The host's tree provider only maps these nodes to items; the grouping and ordering rules live
 * here so they are tested without the editor.
 */
import { ENDPOINT_IDS, type EndpointId } from '../catalog/endpoints';
import type { SavedLookup } from './model';

/** A folder the user gave, or the endpoint of lookups without one. */
export interface LookupGroupNode {
  readonly kind: 'group';
  readonly group: { readonly type: 'folder'; readonly folder: string } | { readonly type: 'endpoint'; readonly endpoint: EndpointId };
}

export interface SavedLookupNode {
  readonly kind: 'lookup';
  readonly lookup: SavedLookup;
}

export type SavedLookupTreeNode = LookupGroupNode | SavedLookupNode;

/**
 * The grouped lookups. Rebuilt as a whole on every change, so that nodes keep their identity in between (the view
 * compares elements by identity, and `TreeView.reveal` needs the node it was given).
 */
export interface SavedLookupTree {
  /** Folders first, by name; then endpoint groups in catalogue order. */
  readonly roots: readonly LookupGroupNode[];
  /** The lookups of each group, by name (then id, so equal names keep one order). */
  readonly children: ReadonlyMap<LookupGroupNode, readonly SavedLookupNode[]>;
  /** Each lookup's node by lookup id. */
  readonly nodes: ReadonlyMap<string, SavedLookupNode>;
  readonly parents: ReadonlyMap<SavedLookupNode, LookupGroupNode>;
}

/** A stable id of a group node, for the tree item (a folder and an endpoint can never share one). */
export function groupKey(node: LookupGroupNode): string {
  return node.group.type === 'folder' ? `folder:${node.group.folder}` : `endpoint:${node.group.endpoint}`;
}

/** Names as people sort them: case and accents aside, numbers by value ("Lookup 2" before "Lookup 10"). */
function compareNames(a: string, b: string): number {
  return a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });
}

function byName(a: SavedLookupNode, b: SavedLookupNode): number {
  return compareNames(a.lookup.name, b.lookup.name) || a.lookup.id.localeCompare(b.lookup.id);
}

export function savedLookupTree(lookups: readonly SavedLookup[]): SavedLookupTree {
  const groups = new Map<string, LookupGroupNode>();
  const children = new Map<LookupGroupNode, SavedLookupNode[]>();
  const nodes = new Map<string, SavedLookupNode>();
  const parents = new Map<SavedLookupNode, LookupGroupNode>();
  for (const lookup of lookups) {
    const group: LookupGroupNode = lookup.folder !== undefined
      ? { kind: 'group', group: { type: 'folder', folder: lookup.folder } }
      : { kind: 'group', group: { type: 'endpoint', endpoint: lookup.request.endpoint } };
    const key = groupKey(group);
    let parent = groups.get(key);
    if (!parent) {
      parent = group;
      groups.set(key, parent);
      children.set(parent, []);
    }
    const node: SavedLookupNode = { kind: 'lookup', lookup };
    children.get(parent)!.push(node);
    nodes.set(lookup.id, node);
    parents.set(node, parent);
  }
  for (const list of children.values()) list.sort(byName);
  const roots = [...groups.values()].sort((a, b) => {
    if (a.group.type === 'folder' && b.group.type === 'folder') return compareNames(a.group.folder, b.group.folder);
    if (a.group.type === 'folder') return -1;
    if (b.group.type === 'folder') return 1;
    return ENDPOINT_IDS.indexOf(a.group.endpoint) - ENDPOINT_IDS.indexOf(b.group.endpoint);
  });
  return { roots, children, nodes, parents };
}
