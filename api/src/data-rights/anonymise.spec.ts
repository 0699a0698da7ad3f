import { describe, expect, it } from 'vitest';
import { ANONYMISED_NAME, scrubIdentity } from './anonymise';

describe('scrubIdentity', () => {
  const who = { name: 'Ola Nordmann', email: 'ola@kommune.no' };

  it.each([
    [{ authorName: 'Ola Nordmann' }, { authorName: ANONYMISED_NAME }],
    [{ escalatedToNames: 'Kari Li, Ola Nordmann' }, { escalatedToNames: `Kari Li, ${ANONYMISED_NAME}` }],
    [
      { escalatedTo: [{ id: 'x', name: 'Ola Nordmann' }, 'Ola Nordmann'] },
      { escalatedTo: [{ id: 'x', name: ANONYMISED_NAME }, ANONYMISED_NAME] },
    ],
    [{ after: { name: 'Ola Nordmann', email: 'OLA@kommune.no' } }, { after: { name: ANONYMISED_NAME, email: '' } }],
  ])('replaces the name and e-mail in %j', (input, expected) => {
    expect(scrubIdentity(input, who)).toEqual(expected);
  });

  it('leaves other words and values alone and returns the same object when nothing matched', () => {
    const payload = { authorName: 'Ola Nordmannsen', count: 3, ok: true, none: null };
    expect(scrubIdentity(payload, who)).toBe(payload);
  });
});
