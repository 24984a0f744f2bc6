import Papa from 'papaparse';
import { parsePhone, regionFromLocale } from './phone';
import { sourceProfileSchema, type Account, type SourcePerson } from './source.schema';

/**
 * The register as a spreadsheet: reading a CSV the manager exported from a case system or Excel
 * (encoding check, a row limit, a column-mapping step, row-by-row validation through the same
 * zod person schema the profile uses) and writing one back out.
 *
 * Spreadsheet formulas are never passed through. On import, a cell that starts with = or @ (or
 * + or - outside a phone number) is reported as a problem on its row, never imported; on export,
 * every cell that starts with = + - @, a tab or a carriage return is prefixed with an apostrophe
 * so Excel and LibreOffice show it as text (OWASP "CSV injection"). Our own apostrophe is
 * removed again on import, so an exported file reads back unchanged.
 *
 * Nothing here throws on bad input, and nothing here logs: rows hold the register in plain text.
 */

/** The most people one import may hold. Above this the file is refused as a whole, with the count. */
export const CSV_ROW_LIMIT = 10_000;
export const CSV_MAX_BYTES = 20 * 1024 * 1024;

export const PERSON_FIELDS = [
  'id',
  'name',
  'aliases',
  'kind',
  'birthDate',
  'household',
  'phones',
  'emails',
  'facebookName',
  'facebookUsername',
  'xHandle',
  'whatsappPhone',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
export const REQUIRED_FIELDS: readonly PersonField[] = ['name'];

/** Which CSV column (index) each field is read from; unmapped fields are left out. */
export type ColumnMapping = Partial<Record<PersonField, number>>;

export interface CsvTable {
  headers: string[];
  /** Data rows only (the header row removed), each padded to the header's length. */
  rows: string[][];
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Each row's line in the file (the header is usually line 1), counting blank lines, as an editor shows it. */
  lines: number[];
  /** Rows whose quotes did not close: reported as row problems, never dropped. */
  brokenRows: ReadonlySet<number>;
}

export type CsvFileProblem =
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'spreadsheet' }
  | { code: 'encoding' }
  | { code: 'no-header' }
  | { code: 'too-many-rows'; rows: number; limit: number };

export type CsvReadResult = { ok: true; table: CsvTable } | { ok: false; problem: CsvFileProblem };

export type RowProblemCode =
  | 'formula'
  | 'duplicate-id'
  | 'existing-id'
  | 'phone'
  | 'kind'
  | 'date'
  | 'future-date'
  | 'broken-quotes'
  | 'invalid'
  | 'empty-row';

export interface RowProblem {
  field: PersonField | 'row';
  code: RowProblemCode;
  /** For `invalid`: the schema's own plain-English reason ("must be an email address, …"). */
  detail?: string;
}

export interface CsvRowResult {
  /** The line in the file (the header is line 1), as a spreadsheet shows it. */
  line: number;
  /** The row's index in `table.rows`. */
  index: number;
  person?: SourcePerson;
  problems: RowProblem[];
}

export interface CsvValidation {
  rows: CsvRowResult[];
  ready: SourcePerson[];
  bad: CsvRowResult[];
}

const personSchema = sourceProfileSchema.shape.people.unwrap().element;

// --- Reading -------------------------------------------------------------------------------

/**
 * Decodes and splits a CSV file. Accepts UTF-8 (with or without the byte-order mark Excel adds)
 * and UTF-16 with a byte-order mark (Excel's "Unicode text"). Anything else is refused as a
 * whole: guessing an encoding would garble names in other scripts without anyone noticing.
 */
export function readCsv(bytes: Uint8Array): CsvReadResult {
  if (bytes.length === 0) return { ok: false, problem: { code: 'empty' } };
  if (bytes.length > CSV_MAX_BYTES) return { ok: false, problem: { code: 'too-large', bytes: bytes.length, limit: CSV_MAX_BYTES } };
  if (isZipOrOle(bytes)) return { ok: false, problem: { code: 'spreadsheet' } };
  const decoded = decode(bytes);
  if (!decoded) return { ok: false, problem: { code: 'encoding' } };

  // Blank lines are skipped by hand, not by Papa, so every row keeps its true line number.
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: false, delimiter: guessDelimiter(decoded.text) });
  const data: { cells: string[]; line: number; parsedIndex: number }[] = [];
  parsed.data.forEach((row, i) => {
    if (Array.isArray(row) && row.some((cell) => cell.trim() !== '')) data.push({ cells: row, line: i + 1, parsedIndex: i });
  });
  if (data.length === 0) return { ok: false, problem: { code: 'empty' } };
  const headers = data[0]!.cells.map((h) => h.trim());
  if (headers.every((h) => h === '')) return { ok: false, problem: { code: 'no-header' } };
  const rowCount = data.length - 1;
  if (rowCount > CSV_ROW_LIMIT) return { ok: false, problem: { code: 'too-many-rows', rows: rowCount, limit: CSV_ROW_LIMIT } };

  const brokenParsed = new Set<number>();
  for (const error of parsed.errors) if (error.type === 'Quotes' && typeof error.row === 'number') brokenParsed.add(error.row);
  const body = data.slice(1);
  const brokenRows = new Set<number>();
  body.forEach((row, i) => {
    if (brokenParsed.has(row.parsedIndex)) brokenRows.add(i);
  });
  const rows = body.map(({ cells }) => {
    const padded = cells.slice(0, Math.max(headers.length, cells.length));
    while (padded.length < headers.length) padded.push('');
    return padded;
  });
  const lines = body.map((row) => row.line);
  return { ok: true, table: { headers, rows, lines, encoding: decoded.encoding, brokenRows } };
}

/** The separator used most in the first non-blank line (the header), outside quotes: comma, semicolon, tab or bar. */
function guessDelimiter(text: string): string {
  const first = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]]);
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

function decode(bytes: Uint8Array): { text: string; encoding: CsvTable['encoding'] } | undefined {
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), encoding: 'utf-8' };
    }
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      return { text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      return { text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
    }
    // UTF-16 without a byte-order mark, or a binary file: NUL bytes never appear in a text CSV.
    if (bytes.subarray(0, 4096).includes(0)) return undefined;
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return undefined;
  }
}

/** .xlsx / .ods (zip) and .xls (OLE compound file) workbooks, chosen by mistake. */
function isZipOrOle(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

// --- Mapping -------------------------------------------------------------------------------

const HEADER_NAMES: Record<PersonField, string[]> = {
  id: ['id', 'person id', 'personid', 'client id', 'reference', 'ref', 'case id', 'record id'],
  name: ['name', 'full name', 'fullname', 'client name', 'person', 'person name', 'display name'],
  aliases: ['aliases', 'alias', 'also known as', 'aka', 'nicknames', 'nickname', 'other names', 'other name'],
  kind: ['kind', 'type', 'role', 'category', 'person type', 'relationship'],
  birthDate: ['birthdate', 'birth date', 'date of birth', 'dob', 'birthday', 'born'],
  household: ['household', 'household id', 'family', 'family id', 'family group', 'household group'],
  phones: ['phones', 'phone', 'phone number', 'phone numbers', 'mobile', 'telephone', 'tel', 'mobile number'],
  emails: ['emails', 'email', 'e-mail', 'email address', 'email addresses'],
  facebookName: ['facebook name', 'facebook', 'facebookname', 'facebook display name'],
  facebookUsername: ['facebook username', 'facebookusername', 'facebook user', 'facebook url', 'facebook profile'],
  xHandle: ['x handle', 'xhandle', 'x', 'twitter', 'twitter handle', 'x username'],
  whatsappPhone: ['whatsapp', 'whatsapp phone', 'whatsappphone', 'whatsapp number'],
};

function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[_\-./()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A first guess at the mapping from the column headings; the manager checks and changes it. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of PERSON_FIELDS) {
    const names = HEADER_NAMES[field].map(normaliseHeader);
    const index = headers.findIndex((h, i) => !used.has(i) && (names.includes(normaliseHeader(h)) || normaliseHeader(h) === field.toLowerCase()));
    if (index >= 0) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

export function missingRequired(mapping: ColumnMapping): PersonField[] {
  return REQUIRED_FIELDS.filter((field) => mapping[field] === undefined);
}

// --- Validation ----------------------------------------------------------------------------

export interface ValidateOptions {
  /** Ids already in the register: a row may not reuse one. */
  existingIds?: Iterable<string>;
  /** The organisation's locale: the region for phone numbers without a country code, and how to read 03/04/2010. */
  locale?: string;
  /** Today, YYYY-MM-DD (tests pass a fixed day). */
  today?: string;
}

/**
 * Checks every row on its own. Good rows become people; bad rows keep their line number and
 * every reason, so the manager sees exactly what will be left out before confirming.
 */
export function validateRows(table: CsvTable, mapping: ColumnMapping, options: ValidateOptions = {}): CsvValidation {
  const locale = options.locale ?? 'en-GB';
  const region = regionFromLocale(locale);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const existing = new Set(options.existingIds ?? []);
  const fileIds = new Map<string, number>();
  if (mapping.id !== undefined) {
    for (const row of table.rows) {
      const id = unescapeCell(row[mapping.id] ?? '').trim();
      if (id) fileIds.set(id, (fileIds.get(id) ?? 0) + 1);
    }
  }
  let next = 1;
  const taken = new Set([...existing, ...fileIds.keys()]);
  const freshId = () => {
    let id: string;
    do id = `p-${String(next++).padStart(3, '0')}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };

  const results: CsvRowResult[] = table.rows.map((row, index) => {
    const line = table.lines[index] ?? index + 2;
    const problems: RowProblem[] = [];
    if (table.brokenRows.has(index)) problems.push({ field: 'row', code: 'broken-quotes' });
    const cell = (field: PersonField): string => {
      const column = mapping[field];
      return column === undefined ? '' : unescapeCell(row[column] ?? '').trim();
    };
    const list = (field: PersonField): string[] => splitList(cell(field));

    if (PERSON_FIELDS.every((f) => cell(f) === '')) return { line, index, problems: [{ field: 'row', code: 'empty-row' }] };

    for (const field of PERSON_FIELDS) {
      const isPhone = field === 'phones' || field === 'whatsappPhone';
      const values = field === 'name' || field === 'id' || field === 'kind' || field === 'birthDate' || field === 'household' ? [cell(field)] : list(field);
      if (values.some((v) => looksLikeFormula(v, isPhone))) problems.push({ field, code: 'formula' });
    }
    if (problems.some((p) => p.code === 'formula')) return { line, index, problems };

    let id = cell('id');
    if (id) {
      if (existing.has(id)) problems.push({ field: 'id', code: 'existing-id' });
      else if ((fileIds.get(id) ?? 0) > 1) problems.push({ field: 'id', code: 'duplicate-id' });
    } else id = freshId();

    const kind = readKind(cell('kind'));
    if (kind === undefined) problems.push({ field: 'kind', code: 'kind' });

    let birthDate: string | undefined;
    const rawDate = cell('birthDate');
    if (rawDate) {
      birthDate = readDate(rawDate, locale);
      if (!birthDate) problems.push({ field: 'birthDate', code: 'date' });
      else if (birthDate > today) problems.push({ field: 'birthDate', code: 'future-date' });
    }

    const phones = list('phones');
    if (phones.some((p) => !parsePhone(p, region))) problems.push({ field: 'phones', code: 'phone' });
    const whatsapp = list('whatsappPhone');
    if (whatsapp.some((p) => !parsePhone(p, region))) problems.push({ field: 'whatsappPhone', code: 'phone' });

    const profiles: Account[] = [];
    const profileFields: PersonField[] = [];
    const fbNames = list('facebookName');
    const fbUsers = list('facebookUsername');
    for (let i = 0; i < Math.max(fbNames.length, fbUsers.length); i++) {
      const name = fbNames[i];
      const username = fbUsers[i] ? stripFacebookUrl(fbUsers[i]!) : undefined;
      profiles.push({ platform: 'facebook', ...(name ? { name } : {}), ...(username ? { username } : {}) });
      profileFields.push(name ? 'facebookName' : 'facebookUsername');
    }
    for (const handle of list('xHandle')) {
      profiles.push({ platform: 'x', handle: handle.replace(/^@/, '') });
      profileFields.push('xHandle');
    }
    for (const phone of whatsapp) {
      profiles.push({ platform: 'whatsapp', phone });
      profileFields.push('whatsappPhone');
    }

    const candidate = {
      id,
      name: cell('name'),
      aliases: list('aliases'),
      kind: kind ?? 'client',
      ...(birthDate ? { birthDate } : {}),
      ...(cell('household') ? { household: cell('household') } : {}),
      phones,
      emails: list('emails'),
      profiles,
    };
    const parsed = personSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldForPath(issue.path, profileFields);
        // Our own checks above already explain these fields better than the schema would.
        if (problems.some((p) => p.field === field)) continue;
        problems.push({ field, code: 'invalid', detail: issue.message });
      }
    }
    if (problems.length || !parsed.success) return { line, index, problems };
    return { line, index, person: parsed.data, problems };
  });
  return {
    rows: results,
    ready: results.flatMap((r) => (r.person ? [r.person] : [])),
    bad: results.filter((r) => !r.person),
  };
}

function fieldForPath(path: readonly PropertyKey[], profileFields: PersonField[]): PersonField | 'row' {
  const [head, index] = path;
  if (head === 'profiles' && typeof index === 'number') return profileFields[index] ?? 'row';
  if (typeof head === 'string' && (PERSON_FIELDS as readonly string[]).includes(head)) return head as PersonField;
  return 'row';
}

/** Several values in one cell: separated by semicolons, vertical bars or line breaks (not commas: "Hassan, Amina"). */
export function splitList(value: string): string[] {
  return value
    .split(/[;|\n\r]+/)
    .map((v) => unescapeCell(v).trim())
    .filter(Boolean);
}

const KINDS: Record<string, SourcePerson['kind']> = {
  client: 'client',
  adult: 'client',
  'service user': 'client',
  resident: 'client',
  family: 'family',
  relative: 'family',
  partner: 'family',
  parent: 'family',
  carer: 'family',
  child: 'child',
  minor: 'child',
  'young person': 'child',
  'under 18': 'child',
};

/** Empty means a client; an unknown word is a problem, never a guess. */
function readKind(value: string): SourcePerson['kind'] | undefined {
  if (!value) return 'client';
  return KINDS[value.toLowerCase().replace(/\s+/g, ' ')];
}

/**
 * YYYY-MM-DD as the profile writes it; day/month/year as British (and most) spreadsheets do,
 * or month/day/year for a US locale. Returns ISO, or undefined when it is not a real date.
 */
export function readDate(value: string, locale = 'en-GB'): string | undefined {
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (local) {
    const first = Number(local[1]);
    const second = Number(local[2]);
    y = Number(local[3]);
    [d, m] = /-US$/i.test(locale) ? [second, first] : [first, second];
  } else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900) return undefined;
  return date.toISOString().slice(0, 10);
}

function stripFacebookUrl(value: string): string {
  const match = /^(?:https?:\/\/)?(?:www\.|m\.)?facebook\.com\/([^/?#]+)/i.exec(value);
  return match ? match[1]! : value;
}

/** A cell a spreadsheet would run as a formula. Phone numbers may start with +. */
export function looksLikeFormula(value: string, isPhone = false): boolean {
  const v = value.replace(/^[\s\t\r\n]+/, '');
  if (!v) return false;
  const first = v[0]!;
  if (first === '=' || first === '@') return true;
  if (first === '+' && isPhone && /^\+[\d\s().-]+$/.test(v)) return false;
  if (first === '+' || first === '-') return true;
  return /^[\t\r]/.test(value);
}

/** Removes the apostrophe our export puts before a cell that would otherwise start a formula. */
function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

// --- Writing -------------------------------------------------------------------------------

/** Makes a cell safe to open in a spreadsheet: text that would start a formula gets a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The register as CSV, in the columns `guessMapping` recognises, so an exported file imports
 * back unchanged. Starts with a byte-order mark so Excel reads it as UTF-8 (names in Arabic,
 * Greek or Ukrainian stay intact).
 */
export function exportPeopleCsv(people: readonly SourcePerson[]): string {
  const join = (values: readonly (string | undefined)[]) => values.filter((v): v is string => !!v).join('; ');
  const rows = people.map((p) => {
    const fb = p.profiles.filter((a) => a.platform === 'facebook');
    const cells: Record<PersonField, string> = {
      id: p.id,
      name: p.name,
      aliases: join(p.aliases),
      kind: p.kind,
      birthDate: p.birthDate ?? '',
      household: p.household ?? '',
      phones: join(p.phones),
      emails: join(p.emails),
      facebookName: fb.length > 1 ? fb.map((a) => a.name ?? '').join('; ') : join(fb.map((a) => a.name)),
      facebookUsername: fb.length > 1 ? fb.map((a) => a.username ?? '').join('; ') : join(fb.map((a) => a.username)),
      xHandle: join(p.profiles.filter((a) => a.platform === 'x').map((a) => a.handle ?? a.username)),
      whatsappPhone: join(p.profiles.filter((a) => a.platform === 'whatsapp').map((a) => a.phone)),
    };
    return PERSON_FIELDS.map((f) => neutraliseCell(cells[f]));
  });
  return '\uFEFF' + Papa.unparse({ fields: [...PERSON_FIELDS], data: rows }, { newline: '\r\n', quotes: false, escapeFormulae: false });
}

/** The rows with problems, as they were in the file, for the manager to fix and import again. */
export function exportRowsCsv(table: CsvTable, indexes: readonly number[]): string {
  const rows = indexes.map((i) => (table.rows[i] ?? []).map(neutraliseCell));
  return '\uFEFF' + Papa.unparse({ fields: table.headers.map(neutraliseCell), data: rows }, { newline: '\r\n', escapeFormulae: false });
}
