/** The municipality's unit tree as the web sees it (`units { id name parentId }`). */
export interface TreeUnit {
  id: string;
  parentId: string | null;
}

export interface UnitMembership {
  role: string;
  unit: { id: string } | null;
}

function childrenOf(units: TreeUnit[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  return children;
}

/**
 * Unit ids a person answers for, as the API decides it: the units they lead and everything below
 * them; admins: every unit.
 */
export function unitsInMyCare(memberships: UnitMembership[], units: TreeUnit[]): Set<string> {
  if (memberships.some((m) => m.role === 'ADMIN')) return new Set(units.map((u) => u.id));
  const led = memberships.filter((m) => m.role === 'LEADER' && m.unit).map((m) => m.unit!.id);
  const children = childrenOf(units);
  const result = new Set<string>();
  const queue = [...led];
  while (queue.length) {
    const id = queue.shift()!;
    if (result.has(id)) continue;
    result.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return result;
}

/**
 * The given units in tree order (each parent followed by its children, by name), with their depth
 * below the top-most of them, for an indented picker.
 */
export function inTreeOrder<T extends TreeUnit & { name: string }>(
  units: T[],
  include: Set<string>,
): { unit: T; depth: number }[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const chosen = units.filter((u) => include.has(u.id));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const u of chosen) {
    if (u.parentId && include.has(u.parentId) && byId.has(u.parentId)) {
      children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
    } else roots.push(u);
  }
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, 'nb');
  const result: { unit: T; depth: number }[] = [];
  const visit = (u: T, depth: number) => {
    result.push({ unit: u, depth });
    for (const child of (children.get(u.id) ?? []).sort(byName)) visit(child, depth + 1);
  };
  for (const root of roots.sort(byName)) visit(root, 0);
  return result;
}
