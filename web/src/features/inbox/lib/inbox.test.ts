import { describe, expect, it } from 'vitest';
import { inboxCounts, sortForInbox, unitsInMyCare } from './inbox';

const units = [
  { id: 'ho', parentId: null },
  { id: 'hjem', parentId: 'ho' },
  { id: 'sone1', parentId: 'hjem' },
  { id: 'sykehjem', parentId: 'ho' },
];

describe('inbox', () => {
  it('covers the units I lead and all units below them', () => {
    expect([...unitsInMyCare([{ role: 'LEADER', unit: { id: 'hjem' } }], units)].sort()).toEqual(['hjem', 'sone1']);
    expect(unitsInMyCare([{ role: 'STAFF', unit: { id: 'hjem' } }], units).size).toBe(0);
    expect(unitsInMyCare([{ role: 'ADMIN', unit: null }], units).size).toBe(4);
  });

  it('puts overdue first, then the earliest due date', () => {
    const items = [
      { id: 'late-due', overdue: false, responseDueAt: '2026-05-10T00:00:00Z', unit: { id: 'hjem' } },
      { id: 'overdue', overdue: true, responseDueAt: '2026-04-01T00:00:00Z', unit: { id: 'hjem' } },
      { id: 'soon', overdue: false, responseDueAt: '2026-05-01T00:00:00Z', unit: { id: 'hjem' } },
    ];
    expect(sortForInbox(items).map((s) => s.id)).toEqual(['overdue', 'soon', 'late-due']);
    expect(inboxCounts(items, new Date('2026-04-28T00:00:00Z'))).toEqual({ open: 3, overdue: 1, escalated: 0, dueThisWeek: 1 });
  });
});
