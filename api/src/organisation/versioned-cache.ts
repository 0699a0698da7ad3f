/**
 * One value per municipality, read outside any transaction and kept while the municipality's `org_version`
 * is unchanged. Triggers bump the version on every committed write that changes what is kept (units; leaders'
 * and admins' memberships and names), from the app or any other tool, so a request whose session was read at
 * version v gets a value read at v or later. A failed read is forgotten, so the next request tries again.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: bigint; value: Promise<T> }>();

  /** @param capacity how many municipalities one process keeps (a few per installation; a safety net). */
  constructor(private readonly capacity = 64) {}

  get(municipalityId: string, orgVersion: string, read: () => Promise<T>): Promise<T> {
    const version = BigInt(orgVersion);
    const cached = this.entries.get(municipalityId);
    if (cached && cached.version >= version) return cached.value;
    const value = read();
    if (this.entries.size >= this.capacity && !cached) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(municipalityId, { version, value });
    value.catch(() => {
      if (this.entries.get(municipalityId)?.value === value) this.entries.delete(municipalityId);
    });
    return value;
  }
}
