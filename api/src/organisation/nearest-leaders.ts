/**
 * Who answers for a unit: the leaders of the nearest unit in `chain` (the unit and those above
 * it, nearest first) that has any, else `fallback` (the municipality's admins). A pure function
 * over leaders already loaded, so a whole page or a whole sweep batch needs one query, not one
 * per unit and level.
 */
export function nearestLeadersIn(
  chain: string[],
  leadersByUnit: ReadonlyMap<string, readonly string[]>,
  fallback: string[],
): string[] {
  for (const unitId of chain) {
    const leaders = leadersByUnit.get(unitId);
    if (leaders?.length) return [...leaders];
  }
  return fallback;
}

/**
 * Where a missed deadline is escalated: the nearest leaders ABOVE whoever owes the answer — the
 * assignee (`ownerId`) and the nearest leaders of the unit — never those who already owe it; at
 * the top, the admins (all of them when only owing people are left, so someone is always told).
 */
export function escalationPathIn(
  chain: string[],
  leadersByUnit: ReadonlyMap<string, readonly string[]>,
  admins: string[],
  ownerId?: string | null,
): string[] {
  const owing = new Set<string>(ownerId ? [ownerId] : []);
  let level = 0;
  for (; level < chain.length; level++) {
    const leaders = leadersByUnit.get(chain[level]);
    if (leaders?.length) {
      leaders.forEach((id) => owing.add(id));
      break;
    }
  }
  for (const above of chain.slice(level + 1)) {
    const leaders = (leadersByUnit.get(above) ?? []).filter((id) => !owing.has(id));
    if (leaders.length) return leaders;
  }
  const others = admins.filter((id) => !owing.has(id));
  return others.length ? others : [...admins];
}
