import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret } from './secret-box';

const KEY = 'k'.repeat(32);

describe('secret box (AES-256-GCM)', () => {
  it('round-trips and never stores the plain text', () => {
    const sealed = encryptSecret('client-secret-æøå', KEY);
    expect(sealed).not.toContain('client-secret');
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(decryptSecret(sealed, KEY)).toBe('client-secret-æøå');
  });

  it('uses a fresh IV each time', () => {
    expect(encryptSecret('same', KEY)).not.toBe(encryptSecret('same', KEY));
  });

  it('refuses a wrong key and a changed value', () => {
    const sealed = encryptSecret('secret', KEY);
    expect(() => decryptSecret(sealed, 'x'.repeat(32))).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('other').toString('base64url');
    expect(() => decryptSecret(parts.join('.'), KEY)).toThrow();
    expect(() => decryptSecret('plain', KEY)).toThrow('not an encrypted secret');
  });
});
