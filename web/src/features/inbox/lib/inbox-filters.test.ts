import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, NO_FILTERS, toInboxFilterInput } from './inbox-filters';

const UNIT = '00000000-0000-4000-8000-000000000001';

describe('inbox filters in the address', () => {
  it('round-trips every filter and keeps other parameters', () => {
    const filters = { unitId: UNIT, overdue: true, dueThisWeek: true, assignedToMe: true, confidential: true };
    const params = filtersToParams(filters, new URLSearchParams('lang=en'));
    expect(params.toString()).toBe(
      `lang=en&enhet=${UNIT}&vis=over-fristen&vis=frist-7-dager&vis=tildelt-meg&vis=fortrolige`,
    );
    expect(filtersFromParams(params)).toEqual(filters);
    expect(filtersToParams(NO_FILTERS, params).toString()).toBe('lang=en');
  });

  it('ignores what it does not know: a unit that is no id, unknown words', () => {
    expect(filtersFromParams(new URLSearchParams('enhet=drop%20table&vis=alt&vis=fortrolige'))).toEqual({
      ...NO_FILTERS,
      confidential: true,
    });
  });

  it('sends only what is chosen, «this week» as 7 days', () => {
    expect(toInboxFilterInput(NO_FILTERS)).toEqual({});
    expect(toInboxFilterInput({ ...NO_FILTERS, dueThisWeek: true, unitId: UNIT })).toEqual({
      unitId: UNIT,
      dueWithinDays: 7,
    });
  });
});
