import { unitTypeLabels, type UnitDto } from '@vte/contracts';
import { compareVietnamese, matchesSearch } from '../../../lib/text';

export type UnitNode = { unit: UnitDto; children: UnitNode[] };

/** "Đặc khu Lý Sơn": the type label and the short name, as people say it. */
export const unitLabel = (unit: Pick<UnitDto, 'type' | 'name'>): string =>
  `${unitTypeLabels[unit.type]} ${unit.name}`;

/**
 * The flat unit list (as the server sends it) as a tree. A unit whose parent is not in the list —
 * outside the user's scope, or not valid on the chosen date — becomes a root.
 */
export function buildUnitTree(units: readonly UnitDto[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(units.map((unit) => [unit.id, { unit, children: [] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => compareVietnamese(a.unit.name, b.unit.name));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** Keeps the units whose name matches, with their ancestors so they stay in place. */
export function filterUnitTree(nodes: readonly UnitNode[], query: string): UnitNode[] {
  if (!query.trim()) return [...nodes];
  return nodes.flatMap((node) => {
    const children = filterUnitTree(node.children, query);
    const hit = matchesSearch(`${unitLabel(node.unit)} ${node.unit.code ?? ''}`, query);
    return hit || children.length > 0
      ? [{ unit: node.unit, children: hit && children.length === 0 ? node.children : children }]
      : [];
  });
}

/** Ids of every node that has children (to expand all search results). */
export function branchIds(nodes: readonly UnitNode[]): string[] {
  return nodes.flatMap((node) =>
    node.children.length > 0 ? [node.unit.id, ...branchIds(node.children)] : [],
  );
}

export type UnitTreeSelectNode = { value: string; title: string; children?: UnitTreeSelectNode[] };

export function toTreeSelectData(nodes: readonly UnitNode[]): UnitTreeSelectNode[] {
  return nodes.map((node) => ({
    value: node.unit.id,
    title: unitLabel(node.unit),
    children: node.children.length > 0 ? toTreeSelectData(node.children) : undefined,
  }));
}
