/** What an anonymised person is called wherever their name was shown or stored. */
export const ANONYMISED_NAME = 'Tidligere ansatt';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces a name (as a whole word sequence, so «Ola» does not touch «Olav») and an e-mail address
 * in every string of a JSON value, however deeply nested. Returns the value unchanged (same
 * reference) when nothing matched, so callers can skip the write.
 */
export function scrubIdentity<T>(value: T, identity: { name: string; email: string | null }): T {
  const patterns: [RegExp, string][] = [];
  const name = identity.name.trim();
  if (name) {
    patterns.push([new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'), ANONYMISED_NAME]);
  }
  if (identity.email) patterns.push([new RegExp(escapeRegExp(identity.email), 'giu'), '']);
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') {
      let out = v;
      for (const [re, replacement] of patterns) out = out.replace(re, replacement);
      return out;
    }
    if (Array.isArray(v)) {
      const mapped = v.map(visit);
      return mapped.some((m, i) => m !== v[i]) ? mapped : v;
    }
    if (v && typeof v === 'object') {
      let changed = false;
      const out: Record<string, unknown> = {};
      for (const [k, inner] of Object.entries(v)) {
        out[k] = visit(inner);
        if (out[k] !== inner) changed = true;
      }
      return changed ? out : v;
    }
    return v;
  };
  return visit(value) as T;
}
