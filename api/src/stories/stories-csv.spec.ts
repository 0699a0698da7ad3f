import { describe, expect, it } from 'vitest';
import { spreadsheetSafe, storiesCsv } from './stories-csv';
import { GainCategory } from './gain-category.enum';

const row = {
  storyId: '00000000-0000-0000-0000-000000000001',
  title: 'Dispenser, «ny» og "bedre"',
  municipalityName: 'Drammen kommune',
  publishedAt: new Date('2026-03-31T22:30:00Z'),
  technology: ['Medisindispenser', 'Nettbrett'],
  summary: 'Første linje\nandre linje',
  problem: null,
  solution: '=SUM(A1)',
  lessons: null,
  trainingTips: null,
  contactPersonName: 'Sofie Lund',
  adoptionCount: 2,
  category: GainCategory.RESOURCE_USE,
  description: 'Sparte tid',
  value: 6.5,
  unit: 'timer per uke',
};

describe('stories CSV', () => {
  it('starts with a UTF-8 BOM and a header, and ends records with CRLF', () => {
    const csv = storiesCsv([row]);
    expect(csv.startsWith('\uFEFFHistorie-ID,Tittel,Kommune,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, doubles quotes, keeps line breaks inside a quoted field, and uses the Norwegian date', () => {
    const csv = storiesCsv([row]);
    expect(csv).toContain(
      `,"Dispenser, «ny» og ""bedre""",Drammen kommune,2026-04-01,Medisindispenser; Nettbrett,"Første linje\nandre linje",`,
    );
    expect(csv).toContain(',Ressursbruk,Sparte tid,6.5,timer per uke\r\n');
  });

  it('keeps formulas as text', () => {
    expect(spreadsheetSafe('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(spreadsheetSafe('-5 fall')).toBe("'-5 fall");
    expect(spreadsheetSafe('Vanlig tekst')).toBe('Vanlig tekst');
    expect(storiesCsv([row])).toContain(",'=SUM(A1),");
  });
});
