/**
 * Shared limits, roles and labels for suggestions, so API validation and the
 * web's forms and badges cannot drift apart.
 */
import type { SuggestionStatusName } from './workflow';

/** Length limits in characters. */
export const TITLE_MIN = 5;
export const TITLE_MAX = 140;
export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 5000;

export const ROLES = ['STAFF', 'LEADER', 'DIGITAL_AGENT', 'ADMIN'] as const;
export type RoleName = (typeof ROLES)[number];

export interface LocalizedLabel {
  /** Norwegian bokmål, the default language. */
  nb: string;
  en: string;
}

export const STATUS_LABELS: Readonly<Record<SuggestionStatusName, LocalizedLabel>> = {
  SUBMITTED: { nb: 'Innsendt', en: 'Submitted' },
  UNDER_REVIEW: { nb: 'Under vurdering', en: 'Under review' },
  ACCEPTED: { nb: 'Besluttet gjennomført', en: 'Accepted' },
  IN_PROGRESS: { nb: 'Under arbeid', en: 'In progress' },
  PARKED: { nb: 'Ikke nå', en: 'Not now' },
  IMPLEMENTED: { nb: 'Gjennomført', en: 'Implemented' },
  DECLINED: { nb: 'Ikke gjennomført', en: 'Declined' },
  MERGED: { nb: 'Slått sammen', en: 'Merged' },
  WITHDRAWN: { nb: 'Trukket', en: 'Withdrawn' },
};

/** The categories of documented gains used in success stories. */
export const GAIN_CATEGORIES = [
  'PATIENT_SAFETY_QUALITY',
  'RESOURCE_USE',
  'USER_INDEPENDENCE',
  'STAFF_MASTERY',
] as const;
export type GainCategory = (typeof GAIN_CATEGORIES)[number];

export const GAIN_CATEGORY_LABELS: Readonly<Record<GainCategory, LocalizedLabel>> = {
  PATIENT_SAFETY_QUALITY: {
    nb: 'Pasientsikkerhet og kvalitet',
    en: 'Patient safety and quality',
  },
  RESOURCE_USE: { nb: 'Ressursbruk', en: 'Resource use' },
  USER_INDEPENDENCE: { nb: 'Brukers selvstendighet', en: 'User independence' },
  STAFF_MASTERY: {
    nb: 'Ansattes mestring og trygghet',
    en: 'Staff mastery and confidence',
  },
};
