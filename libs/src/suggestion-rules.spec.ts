import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  GAIN_CATEGORIES,
  GAIN_CATEGORY_LABELS,
  ROLES,
  STATUS_LABELS,
  TITLE_MAX,
  TITLE_MIN,
  type GainCategory,
} from './suggestion-rules';
import { SUGGESTION_STATUSES, type SuggestionStatusName } from './workflow';

describe('length limits', () => {
  it.each<[string, number, number]>([
    ['TITLE_MIN', TITLE_MIN, 5],
    ['TITLE_MAX', TITLE_MAX, 140],
    ['DESCRIPTION_MIN', DESCRIPTION_MIN, 10],
    ['DESCRIPTION_MAX', DESCRIPTION_MAX, 5000],
  ])('%s is %i', (_name, value, expected) => {
    expect(value).toBe(expected);
  });
});

describe('roles', () => {
  it('are the four product roles', () => {
    expect([...ROLES]).toEqual(['STAFF', 'LEADER', 'DIGITAL_AGENT', 'ADMIN']);
  });
});

describe('STATUS_LABELS', () => {
  it('labels every status and nothing else', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...SUGGESTION_STATUSES].sort());
  });

  it.each<[SuggestionStatusName, string, string]>([
    ['SUBMITTED', 'Innsendt', 'Submitted'],
    ['UNDER_REVIEW', 'Under vurdering', 'Under review'],
    ['ACCEPTED', 'Besluttet gjennomført', 'Accepted'],
    ['IN_PROGRESS', 'Under arbeid', 'In progress'],
    ['IMPLEMENTED', 'Gjennomført', 'Implemented'],
    ['DECLINED', 'Ikke gjennomført', 'Declined'],
    ['MERGED', 'Slått sammen', 'Merged'],
    ['WITHDRAWN', 'Trukket', 'Withdrawn'],
  ])('%s is «%s» / «%s»', (status, nb, en) => {
    expect(STATUS_LABELS[status]).toEqual({ nb, en });
  });
});

describe('gain categories', () => {
  it('are the report categories, each labelled', () => {
    expect([...GAIN_CATEGORIES]).toEqual([
      'PATIENT_SAFETY_QUALITY',
      'RESOURCE_USE',
      'USER_INDEPENDENCE',
      'STAFF_MASTERY',
    ]);
    expect(Object.keys(GAIN_CATEGORY_LABELS).sort()).toEqual([...GAIN_CATEGORIES].sort());
  });

  it.each<[GainCategory, string]>([
    ['PATIENT_SAFETY_QUALITY', 'Pasientsikkerhet og kvalitet'],
    ['RESOURCE_USE', 'Ressursbruk'],
    ['USER_INDEPENDENCE', 'Brukers selvstendighet'],
    ['STAFF_MASTERY', 'Ansattes mestring og trygghet'],
  ])('%s is «%s» in bokmål, with an English label', (category, nb) => {
    expect(GAIN_CATEGORY_LABELS[category].nb).toBe(nb);
    expect(GAIN_CATEGORY_LABELS[category].en).toMatch(/^[A-Z][a-z ]+$/);
  });
});
