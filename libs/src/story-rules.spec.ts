import { describe, expect, it } from 'vitest';
import { adoptionDescription, adoptionTitle, STORY_STATUS_LABELS, STORY_STATUSES } from './story-rules';
import { DESCRIPTION_MAX, TITLE_MAX } from './suggestion-rules';

describe('adoption prefill', () => {
  it('titles the adopting suggestion «Vi vil prøve: <title>»', () => {
    expect(adoptionTitle('  Medisindispenser gir tryggere morgener ')).toBe(
      'Vi vil prøve: Medisindispenser gir tryggere morgener',
    );
  });

  it('keeps a long title within the suggestion limit, marked as shortened', () => {
    const title = adoptionTitle('x'.repeat(TITLE_MAX));
    expect(title).toHaveLength(TITLE_MAX);
    expect(title.endsWith('…')).toBe(true);
  });

  it('builds the description from the story summary and says where it comes from', () => {
    const text = adoptionDescription({
      title: 'Fallsensor',
      summary: 'Færre fall om natta.',
      municipalityName: 'Drammen kommune',
    });
    expect(text).toBe(
      'Vi vil prøve det Drammen kommune har gjort i «Fallsensor».\n\nFærre fall om natta.\n\nFra suksesshistorien i Idéhub.',
    );
  });

  it('keeps a long summary within the description limit', () => {
    const text = adoptionDescription({
      title: 'T',
      summary: 'y'.repeat(DESCRIPTION_MAX),
      municipalityName: 'Lier kommune',
    });
    expect(text).toHaveLength(DESCRIPTION_MAX);
  });
});

describe('story statuses', () => {
  it('have a label in both languages', () => {
    for (const status of STORY_STATUSES) {
      expect(STORY_STATUS_LABELS[status].nb).toBeTruthy();
      expect(STORY_STATUS_LABELS[status].en).toBeTruthy();
    }
  });
});
