import { describe, expect, it } from 'vitest';
import { readCsv, readCsvHeaders } from './read-csv';

describe('readCsv', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR CR LF (the standard’s examples)', '\r\r\n'],
  ])('reads %s line ends and a UTF-8 BOM', (_, end) => {
    const table = readCsv(`\uFEFF Id ,NAME${end}s1,Tea and Chat${end}s2,Walks${end}`);
    expect(table.headers).toEqual(['id', 'name']);
    expect(table.rows).toEqual([
      { row: 2, cells: { id: 's1', name: 'Tea and Chat' } },
      { row: 3, cells: { id: 's2', name: 'Walks' } },
    ]);
    expect(table.warnings).toEqual([]);
  });

  it('drops blank rows but keeps the spreadsheet row numbers of the rest', () => {
    const table = readCsv('id,name\n\n , \ns3,Walks\n,,\n');
    expect(table.rows).toEqual([{ row: 4, cells: { id: 's3', name: 'Walks' } }]);
  });

  it('trims cells, leaves blank ones out and keeps quotes inside quoted cells', () => {
    const table = readCsv('id,number,note\n p1 ,"""+44 1234 234567""",\n');
    expect(table.rows[0]?.cells).toEqual({ id: 'p1', number: '"+44 1234 234567"' });
  });

  it('keeps multi-line cells in one row', () => {
    const table = readCsv('id,description\ns1,"Line one\r\nLine two"\ns2,x\n');
    expect(table.rows.map((row) => [row.row, row.cells.description])).toEqual([
      [2, 'Line one\nLine two'],
      [3, 'x'],
    ]);
  });

  it('warns about a row with more cells than headings', () => {
    expect(readCsv('id,name\ns1,Walks,extra\n').warnings).toEqual([
      'Row 2: Too many fields: expected 2 fields but parsed 3',
    ]);
  });

  it('names blank headings by position and numbers repeated ones', () => {
    const table = readCsv('Phone,,phone,\n1,2,3,4\n');
    expect(table.headers).toEqual(['phone', 'column 2', 'phone (2)', 'column 4']);
    expect(table.rows[0]?.cells).toEqual({ phone: '1', 'column 2': '2', 'phone (2)': '3', 'column 4': '4' });
  });

  it('uses the given header transform', () => {
    expect(readCsv('Post Code\nLA9 4DL\n', (header) => header.replace(' ', '_')).headers).toEqual(['Post_Code']);
  });
});

describe('readCsvHeaders', () => {
  it('reads only the header row, as written', () => {
    expect(readCsvHeaders('\uFEFFId, Name \r\r\n1,x\n')).toEqual(['Id', ' Name ']);
  });
});

describe('an Excel "sep=" first line', () => {
  it('is read as the delimiter, not as the header row', () => {
    expect(readCsvHeaders('sep=,\r\nName,Phone\r\nA,1\r\n')).toEqual(['Name', 'Phone']);
    const table = readCsv('\uFEFFsep=;\r\nName;Phone\r\nClub;0117 496 0000\r\n');
    expect(table.headers).toEqual(['name', 'phone']);
    expect(table.rows).toEqual([{ row: 2, cells: { name: 'Club', phone: '0117 496 0000' } }]);
  });
});
