import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERSON_FIELDS } from '../../../lib/profile/csv';
import { RULE_IDS } from '../../../lib/profile/rule-ids';
import { allMessageKeys, message } from './helpers';

const DIRS = ['components/options', 'components/popup', 'components/welcome', 'components/ui'];

function sources(dir: string): string[] {
  return readdirSync(resolve(dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(resolve(path)).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const keys = new Set(allMessageKeys());

describe('strings (lib/public/_locales/en)', () => {
  it('has every literal key the options page, popup and first-run page use', () => {
    const missing: string[] = [];
    for (const file of sources('components/options').concat(...DIRS.slice(1).map(sources))) {
      const text = readFileSync(resolve(file), 'utf8');
      for (const [, key] of text.matchAll(/\btn?\(\s*'([A-Za-z0-9_]+)'/g)) if (!keys.has(key!)) missing.push(`${file}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('has every key built from a rule id, CSV field, platform and day', () => {
    const needed = [
      ...RULE_IDS.flatMap((r) => ['name', 'explain', 'source'].map((p) => `options_rule_${r.replace(/-/g, '_')}_${p}`)),
      ...PERSON_FIELDS.flatMap((f) => [`options_csv_field_${f}`, `options_csv_field_${f}_hint`]),
      ...['facebook', 'x', 'whatsapp'].map((p) => `options_platform_${p}`),
      ...['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => `options_day_${d}`),
      ...['organisation', 'people', 'places', 'terms', 'rules', 'try', 'publish'].map((t) => `options_tab_${t}`),
      ...['empty', 'too_large', 'spreadsheet', 'encoding', 'no_header', 'too_many_rows'].map((c) => `options_csv_problem_${c}`),
      ...['formula', 'duplicate_id', 'existing_id', 'phone', 'kind', 'date', 'future_date', 'broken_quotes', 'empty_row', 'invalid'].map(
        (c) => `options_csv_row_${c}`,
      ),
      ...['too_large', 'truncated', 'not_a_profile_file', 'source_profile', 'unsigned', 'newer_format', 'tampered'].map((c) => `member_import_${c}`),
    ];
    expect(needed.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('substitutes placeholders in order', () => {
    expect(message('options_csv_problem_too_many_rows', ['50,000', '10,000'])).toBe(
      'The file has 50,000 rows, more than the 10,000 people one import can take. Split it into smaller files and import them one after another.',
    );
  });

  it('uses British spelling in our strings', () => {
    const file = JSON.parse(readFileSync(resolve('lib/public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    const ours = Object.entries(file).filter(([k]) => /^(options|popup|welcome|member)_/.test(k));
    const american = ours.filter(([, v]) => /\b(organiz|recogniz|color|behavior|analyz|favorite|center)\w*/i.test(v.message));
    expect(american).toEqual([]);
  });
});
