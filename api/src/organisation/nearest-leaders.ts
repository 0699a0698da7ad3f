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
