// The unit tree (GET /units/tree), fetched once and shared by the tree, the tree-selects and
// the name look-ups; invalidated after every change to units.
import { ref } from 'vue';
import { api } from './api';
import type { Unit } from './types';
import { compareVi } from './format';

export const unitList = ref<Unit[]>([]);
export const unitMap = ref<Map<number, Unit>>(new Map());
export const unitsLoading = ref(false);
let pending: Promise<Unit[]> | null = null;
let loaded = false;

export function invalidateUnits(): void {
  loaded = false;
  pending = null;
}

export async function loadUnits(force = false): Promise<Unit[]> {
  if (loaded && !force) return unitList.value;
  if (pending && !force) return pending;
  unitsLoading.value = true;
  const p = api
    .get<{ items: Unit[] }>('/units/tree')
    .then((a) => {
      const items = a.items ?? [];
      unitList.value = items;
      unitMap.value = new Map(items.map((u) => [u.id, u]));
      loaded = true;
      return items;
    })
    .finally(() => {
      if (pending === p) pending = null;
      unitsLoading.value = false;
    });
  pending = p;
  return p;
}

/** In force on `today`: active and not past its validity. */
export function inForce(u: Unit, today: string): boolean {
  return u.status === 'active' && (!u.valid_to || u.valid_to >= today) && (!u.valid_from || u.valid_from <= today);
}

export interface UnitNode {
  id: number;
  label: string;
  unit: Unit;
  inactive: boolean;
  disabled?: boolean;
  children: UnitNode[];
}

export interface TreeOptions {
  /** Units to leave out, unless one of their descendants is shown (then they stay, greyed). */
  hide?: (u: Unit) => boolean;
  /** Units left out with their whole subtree (e.g. a unit and its subtree when moving it). */
  exclude?: Set<number>;
  /** Nodes shown but not selectable. */
  disable?: (u: Unit) => boolean;
}

/**
 * The forest built from parent_id; a unit whose parent is outside the caller's scope is a root.
 * Children in Vietnamese order (Intl.Collator('vi')).
 */
export function buildTree(units: Unit[], today: string, opts: TreeOptions = {}): UnitNode[] {
  const all = new Map<number, UnitNode>();
  for (const u of units) {
    all.set(u.id, {
      id: u.id,
      label: u.name,
      unit: u,
      inactive: !inForce(u, today),
      disabled: opts.disable ? opts.disable(u) : undefined,
      children: [],
    });
  }
  const roots: UnitNode[] = [];
  for (const n of all.values()) {
    const pid = n.unit.parent_id;
    const parent = pid != null ? all.get(pid) : undefined;
    if (parent && parent !== n) parent.children.push(n);
    else roots.push(n);
  }
  // Prune: excluded subtrees go; hidden units go unless something below them stays.
  const prune = (list: UnitNode[], seen: Set<number>): UnitNode[] => {
    const out: UnitNode[] = [];
    for (const n of list) {
      if (seen.has(n.id)) continue; // a cycle in bad data
      if (opts.exclude?.has(n.id)) continue;
      seen.add(n.id);
      n.children = prune(n.children, seen);
      if (opts.hide && opts.hide(n.unit) && n.children.length === 0) continue;
      out.push(n);
    }
    out.sort((a, b) => compareVi(a.label, b.label));
    return out;
  };
  return prune(roots, new Set());
}

export function unitName(id: number | null | undefined): string {
  if (id == null) return '';
  return unitMap.value.get(id)?.name ?? `#${id}`;
}
