import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportFileError, parseImportFile } from './import-file.parser';

const text = (s: string, encoding: BufferEncoding = 'utf8') => Buffer.from(s, encoding);

describe('reading an import file', () => {
  it('numbers lines as a spreadsheet shows the rows: empty lines count, a quoted line break does not', async () => {
    const file = await parseImportFile(
      text('navn;epost;enhet\r\nA;a@x.no;U\r\n\r\n"B\nB";b@x.no;U\r\nC;c@x.no;"U / V"\r\n'),
    );
    expect(file.rows.map((r) => [r.line, r.cells.name])).toEqual([
      [2, 'A'],
      [4, 'B\nB'],
      [5, 'C'],
    ]);
    expect(file.headers).toEqual({ name: 'navn', email: 'epost', unit: 'enhet' });
  });

  it('takes the delimiter from the header: commas, or semicolons with commas in names', async () => {
    const commas = await parseImportFile(text('\uFEFFname,email,unit\nA,a@x.no,U\n'));
    expect(commas.rows[0].cells).toEqual({ name: 'A', email: 'a@x.no', unit: 'U' });
    const semicolons = await parseImportFile(text('navn;epost;enhet\nMoe, Anders;a@x.no;U\n'));
    expect(semicolons.rows[0].cells.name).toBe('Moe, Anders');
  });

  it('names the file problems: encoding, missing and doubled columns, no rows, a broken quote', async () => {
    const problem = async (buffer: Buffer) => {
      try {
        await parseImportFile(buffer);
      } catch (error) {
        if (error instanceof ImportFileError) return [error.code, error.line, error.column];
        throw error;
      }
      return null;
    };
    expect(await problem(text('navn;epost;enhet\nÅse;a@x.no;U\n', 'latin1'))).toEqual(['FILE_ENCODING', 1, null]);
    expect(await problem(text('navn;enhet\nA;U\n'))).toEqual(['HEADER_MISSING', 1, 'epost']);
    expect(await problem(text('navn;epost;enhet;email\nA;a@x.no;U;b@x.no\n'))).toEqual([
      'HEADER_DUPLICATE',
      1,
      'email',
    ]);
    expect(await problem(text('navn;epost;enhet\n'))).toEqual(['FILE_EMPTY', 1, null]);
    expect(await problem(text(''))).toEqual(['FILE_EMPTY', 1, null]);
    expect(await problem(text('navn;epost;enhet\nA;a@x.no;U\n"B;b@x.no;U\n'))).toEqual(['FILE_UNREADABLE', 3, null]);
  });

  it('reads the first sheet of a workbook with formula results and empty rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ark1');
    sheet.addRow(['navn', 'epost', 'enhet', 'ansattnummer']);
    sheet.addRow(['A', 'a@x.no', 'U', { formula: '1000+1', result: 1001 }]);
    sheet.getRow(4).values = ['B', 'b@x.no', 'U', 7];
    const file = await parseImportFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(file.rows).toEqual([
      { line: 2, cells: { name: 'A', email: 'a@x.no', unit: 'U', employeeId: '1001' } },
      { line: 4, cells: { name: 'B', email: 'b@x.no', unit: 'U', employeeId: '7' } },
    ]);
  });
});
