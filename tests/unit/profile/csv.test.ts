import { describe, expect, it } from 'vitest';
import {
  CSV_ROW_LIMIT,
  exportPeopleCsv,
  exportRowsCsv,
  guessMapping,
  looksLikeFormula,
  missingRequired,
  neutraliseCell,
  readCsv,
  readDate,
  validateRows,
  type CsvTable,
} from '../../../lib/profile/csv';
import { sampleSource } from '../../helpers/analysis';

const enc = new TextEncoder();
const bytes = (text: string) => enc.encode(text);

function table(text: string): CsvTable {
  const read = readCsv(bytes(text));
  if (!read.ok) throw new Error(`unreadable: ${read.problem.code}`);
  return read.table;
}

const TODAY = '2026-11-22';

describe('reading a CSV file', () => {
  it('reads UTF-8 with and without the byte-order mark Excel writes', () => {
    const text = 'Name,Phone\nZoë Ålund,07700 900123\nأمينة حسن,07700 900124\n';
    const plain = readCsv(bytes(text));
    const bom = readCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]));
    for (const read of [plain, bom]) {
      expect(read.ok).toBe(true);
      if (read.ok) {
        expect(read.table.headers).toEqual(['Name', 'Phone']);
        expect(read.table.rows.map((r) => r[0])).toEqual(['Zoë Ålund', 'أمينة حسن']);
      }
    }
  });

  it('reads UTF-16 with a byte-order mark (Excel “Unicode text”, tab-separated)', () => {
    const text = 'Name\tPhone\r\nZoë\t07700 900123\r\n';
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) out[2 + i * 2] = text.charCodeAt(i);
    const read = readCsv(out);
    expect(read.ok && read.table.rows[0]).toEqual(['Zoë', '07700 900123']);
    expect(read.ok && read.table.encoding).toBe('utf-16le');
  });

  it('refuses a file in another encoding rather than garbling names', () => {
    // "Zoë" in Windows-1252: ë is the single byte 0xEB, never valid UTF-8 on its own.
    const latin1 = new Uint8Array([...bytes('Name\nZo'), 0xeb, ...bytes('\n')]);
    expect(readCsv(latin1)).toEqual({ ok: false, problem: { code: 'encoding' } });
  });

  it('recognises an Excel workbook chosen by mistake, and an empty file', () => {
    expect(readCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, problem: { code: 'spreadsheet' } });
    expect(readCsv(new Uint8Array())).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(readCsv(bytes('\n\n'))).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(readCsv(bytes(' , ,\n'))).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  it(`refuses 50,000 rows as a whole, with the count and the limit (${CSV_ROW_LIMIT}), quickly`, () => {
    const lines = ['Name,Phone'];
    for (let i = 0; i < 50_000; i++) lines.push(`Person ${i},07700 9${String(i).padStart(5, '0')}`);
    const started = performance.now();
    const read = readCsv(bytes(lines.join('\n')));
    const ms = performance.now() - started;
    expect(read).toEqual({ ok: false, problem: { code: 'too-many-rows', rows: 50_000, limit: CSV_ROW_LIMIT } });
    expect(ms).toBeLessThan(5_000);
  });

  it('accepts exactly the limit', () => {
    const lines = ['Name'];
    for (let i = 0; i < CSV_ROW_LIMIT; i++) lines.push(`Person ${i}`);
    const read = readCsv(bytes(lines.join('\n')));
    expect(read.ok && read.table.rows.length).toBe(CSV_ROW_LIMIT);
  });
});

describe('mapping columns', () => {
  it('guesses common headings, whatever their case and punctuation', () => {
    const mapping = guessMapping(['Full Name', 'D.O.B', 'Mobile', 'E-mail', 'Household ID', 'Type', 'Also known as', 'Twitter', 'Ref']);
    expect(mapping).toMatchObject({ name: 0, phones: 2, emails: 3, household: 4, kind: 5, aliases: 6, xHandle: 7, id: 8 });
  });

  it('reports a missing name column', () => {
    expect(missingRequired(guessMapping(['Phone', 'Email']))).toEqual(['name']);
    expect(missingRequired(guessMapping(['name']))).toEqual([]);
  });
});

describe('validating rows', () => {
  const csv = [
    'Id,Name,Other names,Kind,Date of birth,Household,Phone,Email,WhatsApp,Notes',
    'p-1,Amina Hassan,Mina; أمينة,client,02/04/1988,h-01,07700 900123,amina@mail.example,+44 7700 900123',
    'p-2,Yusuf Hassan,,child,2016-05-09,h-01,,,',
    'p-3,"=HYPERLINK(""http://evil.example"",""click"")",,client,,,,,',
    'p-4,Sam Reed,,visitor,31/02/2001,,0770,not-an-email,',
    'p-4,Same Id Twice,,,,,,,',
    'p-6,Future Baby,,child,2030-01-01,,,,',
    ',No Id Given,,,,,,,',
    ',,,,,,,,,only a note',
    'p-9,Robin Vale,-Rob,,,,,,',
    'p-10,Lee Ward,,,,,@lee,,',
  ].join('\n');

  const t = table(csv);
  const result = validateRows(t, guessMapping(t.headers), { existingIds: ['p-2'], locale: 'en-GB', today: TODAY });
  const byLine = (line: number) => result.rows.find((r) => r.line === line)!;
  const codes = (line: number) => byLine(line).problems.map((p) => `${p.field}:${p.code}`);

  it('accounts for every row: each is either ready or listed with its problems', () => {
    expect(result.rows).toHaveLength(10);
    expect(result.ready.length + result.bad.length).toBe(10);
    for (const row of result.bad) expect(row.problems.length).toBeGreaterThan(0);
    expect(result.ready.map((p) => p.name)).toEqual(['Amina Hassan', 'No Id Given']);
  });

  it('turns a good row into a person, reading a British date and splitting lists', () => {
    expect(byLine(2).person).toEqual({
      id: 'p-1',
      name: 'Amina Hassan',
      aliases: ['Mina', 'أمينة'],
      kind: 'client',
      birthDate: '1988-04-02',
      household: 'h-01',
      phones: ['07700 900123'],
      emails: ['amina@mail.example'],
      profiles: [{ platform: 'whatsapp', phone: '+44 7700 900123' }],
    });
  });

  it('gives a row without an id a fresh one that clashes with nothing', () => {
    const id = byLine(8).person!.id;
    expect(['p-1', 'p-2', 'p-3', 'p-4', 'p-6', 'p-9', 'p-10']).not.toContain(id);
  });

  it('refuses an id already on the register', () => {
    expect(codes(3)).toEqual(['id:existing-id']);
  });

  it('never imports a spreadsheet formula, and says which field held it', () => {
    expect(codes(4)).toEqual(['name:formula']);
    expect(byLine(4).person).toBeUndefined();
    expect(codes(10)).toEqual(['aliases:formula']);
    expect(codes(11)).toEqual(['phones:formula']);
  });

  it('lists every problem in a row, not just the first', () => {
    expect(codes(5)).toEqual(expect.arrayContaining(['id:duplicate-id', 'kind:kind', 'birthDate:date', 'phones:phone', 'emails:invalid']));
    const email = byLine(5).problems.find((p) => p.field === 'emails');
    expect(email?.detail).toMatch(/email address/);
    expect(codes(6)).toEqual(['id:duplicate-id']);
  });

  it('refuses a birth date in the future and a row with nothing in it', () => {
    expect(codes(7)).toEqual(['birthDate:future-date']);
    expect(codes(9)).toEqual(['row:empty-row']);
  });

  it('keeps true line numbers when the file has blank lines', () => {
    const spaced = table('Name,Phone\n\nGood Row,07700 900123\n\n\nBad Row,0770\n');
    const checked = validateRows(spaced, { name: 0, phones: 1 }, { today: TODAY });
    expect(checked.rows.map((r) => r.line)).toEqual([3, 6]);
    expect(checked.bad[0]?.line).toBe(6);
  });

  it('marks a row whose quotes never close', () => {
    const broken = table('Name,Phone\nGood Row,07700 900123\n"Open quote,07700 900124\n');
    const checked = validateRows(broken, { name: 0, phones: 1 }, { today: TODAY });
    expect(checked.bad.flatMap((r) => r.problems.map((p) => p.code))).toContain('broken-quotes');
  });
});

describe('formulas', () => {
  it.each([
    ['=1+1', false, true],
    ['+44 7700 900123', true, false],
    ['+44 7700 900123', false, true],
    ['+HYPERLINK("x")', true, true],
    ['-2+3', false, true],
    ['@SUM(A1)', false, true],
    ['\t=1+1', false, true],
    ['Amina', false, false],
    ['', false, false],
  ])('%j (phone: %s) is a formula: %s', (value, isPhone, expected) => {
    expect(looksLikeFormula(value, isPhone)).toBe(expected);
  });

  it.each(['=HYPERLINK("http://x","y")', '+1', '-1', '@x', '\tx', '\rx'])('neutralises %j on export', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

  it('leaves ordinary cells alone', () => {
    expect(neutraliseCell('Amina Hassan')).toBe('Amina Hassan');
  });
});

describe('dates', () => {
  it.each([
    ['2014-03-25', 'en-GB', '2014-03-25'],
    ['25/03/2014', 'en-GB', '2014-03-25'],
    ['5.3.2014', 'de-DE', '2014-03-05'],
    ['03/25/2014', 'en-US', '2014-03-25'],
    ['03/25/2014', 'en-GB', undefined],
    ['31/02/2014', 'en-GB', undefined],
    ['yesterday', 'en-GB', undefined],
  ])('%s in %s reads as %s', (value, locale, expected) => {
    expect(readDate(value, locale)).toBe(expected);
  });
});

describe('exporting', () => {
  it('exports the register so that it imports back unchanged', () => {
    const people = sampleSource().people;
    const csv = exportPeopleCsv(people);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const read = readCsv(bytes(csv));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const back = validateRows(read.table, guessMapping(read.table.headers), { today: TODAY });
    expect(back.bad).toEqual([]);
    const byPlatform = (list: typeof people) =>
      list.map((p) => ({ ...p, profiles: [...p.profiles].sort((a, b) => a.platform.localeCompare(b.platform)) }));
    expect(byPlatform(back.ready)).toEqual(byPlatform(people));
  });

  it('neutralises a hostile name on the way out, and the apostrophe goes again on the way back in', () => {
    const evil = { ...sampleSource().people[0]!, name: '=HYPERLINK("http://evil.example","x")' };
    const csv = exportPeopleCsv([evil]);
    expect(csv).not.toMatch(/(^|[,\n])"?=HYPERLINK/);
    expect(csv).toContain(`'=HYPERLINK`);
    const read = readCsv(bytes(csv));
    if (!read.ok) throw new Error('unreadable');
    const back = validateRows(read.table, guessMapping(read.table.headers), { today: TODAY });
    // Read back, it is still a formula: reported, never imported.
    expect(back.bad[0]?.problems.map((p) => p.code)).toEqual(['formula']);
  });

  it('exports rows with problems as they were, neutralised', () => {
    const t = table('Name,Phone\n=cmd|x,0770\nFine,07700 900123\n');
    const out = exportRowsCsv(t, [0]);
    expect(out).toContain(`'=cmd|x`);
    expect(out).not.toContain('Fine');
  });
});
