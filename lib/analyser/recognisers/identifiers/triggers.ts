import type { Token } from '../../text/tokenise';
import { PhraseTable } from './phrases';

/**
 * Keywords that say the number beside them is a person's case, reference or document number.
 * Most identifiers have no check digit and no fixed format (UNHCR case numbers, Home Office and
 * police references, court files), so the word next to them is the evidence.
 */

export type IdentifierKind = 'health' | 'immigration' | 'document' | 'national' | 'police' | 'bank' | 'generic';

export interface Trigger {
  start: number;
  end: number;
  kind: IdentifierKind;
  /** Names a scheme or an agency ("NHS", "Home Office"), not just "ref". */
  specific: boolean;
}

const NUMBER_WORDS = ['no', 'nos', 'nr', 'num', 'number', 'ref', 'reference', 'id'];
/** "patient" → "patient no", "patient number", "patient ref"…: words that only count with a number word. */
const withNumber = (base: string) => NUMBER_WORDS.map((w) => `${base} ${w}`);

/** Phrases matched whatever the capitals, by kind. */
const PHRASES: Record<IdentifierKind, string[]> = {
  health: [
    'nhs', 'health and care number', 'health number', 'health service number', 'health card', 'medicare', 'medicaid',
    'medical card', 'amka', 'αμκα', 'α.μ.κ.α', 'a.m.k.a', 'ohip', 'carte vitale',
    ...withNumber('chi'), ...withNumber('hospital'), ...withNumber('patient'), ...withNumber('gms'),
  ],
  immigration: [
    'home office', 'ukvi', 'visa', 'visas', 'e-visa', 'evisa', 'biometric residence permit', 'biometric residence card',
    'residence permit', 'residence card', 'application registration card', 'asylum', 'unhcr', 'progres',
    'refugee id', 'refugee card', 'refugee travel document', 'immigration', 'uscis', 'a-number', 'alien number',
    'alien registration number', 'ircc', 'client id', 'green card', 'permanent resident card', 'pr card', 'stamp 4',
    'share code', 'immiaccount', 'immicard', 'gwf', 'uan', 'brp', 'gnib', 'irp', 'nass', 'alien', 'παυπα', 'πααυπα', 'δελτίο αιτούντος',
    'άδεια διαμονής', 'titre de séjour', 'aufenthaltstitel', 'récépissé', 'ausweis',
    ...withNumber('port'), ...withNumber('receipt'),
  ],
  document: [
    'passport', 'passports', 'travel document', 'id card', 'identity card', 'identity document', 'national id',
    'driving licence', 'driving license', "driver's licence", "driver's license", 'drivers licence', 'drivers license',
    'ταυτότητα', 'διαβατήριο', 'personalausweis', 'reisepass', "carte d'identité", 'passeport', 'pasaporte', 'passaporto',
    "carta d'identità", 'birth certificate', ...withNumber('licence'), ...withNumber('license'),
  ],
  national: [
    'national insurance', 'nino', 'social security', 'social insurance', 'ssn', 'tfn', 'tax file number', 'tax number',
    'tax no', 'tax id', 'tax ref', 'tax reference', 'tax code', 'utr', 'pps', 'ppsn', 'itin', 'afm', 'αφμ', 'α.φ.μ', 'a.f.m', 'steuer-id',
    'steuerid', 'codice fiscale', 'universal credit', 'benefit claim', 'centrelink', 'crn', 'jobseeker',
    'housing benefit', 'child benefit', 'hmrc', 'dwp', 'bsn', 'numéro de sécurité sociale',
    ...withNumber('benefit'), ...withNumber('benefits'), ...withNumber('claim'), ...withNumber('council tax'),
    ...withNumber('pension'), ...withNumber('sin'),
  ],
  police: [
    'crime', 'crime reference number', 'incident log', 'police report', 'court', 'court case', 'court file', 'docket',
    'tribunal', 'tribunal appeal', 'asylum appeal', 'protection order', 'injunction', 'warrant', 'cad', 'cris', 'pnc',
    ...withNumber('incident'), ...withNumber('police'), ...withNumber('occurrence'), 'event number', 'event no',
    ...withNumber('log'), ...withNumber('case'), ...withNumber('hearing'), ...withNumber('file'),
  ],
  bank: ['iban', 'bank card', 'credit card', 'debit card', ...withNumber('card')],
  generic: [
    'ref', 'reference', 'our ref', 'your ref', 'number', 'serial', ...withNumber('client'), ...withNumber('member'),
    ...withNumber('membership'), ...withNumber('customer'),
  ],
};

/** Acronyms that are ordinary words in lower case ("ho", "arc", "uc"), matched in capitals only. */
const ACRONYMS: Partial<Record<IdentifierKind, string[]>> = {
  health: ['CHI', 'IHI', 'MRN', 'PHN'],
  immigration: ['HO', 'ARC', 'CID', 'TRN', 'UCI', 'EAD', 'IS96', 'ASU', 'ΠΑΑΥΠΑ', 'ΑΔΕΤ'],
  document: ['DNI', 'NIE', 'TIE', 'ΑΔΤ'],
  national: ['NI', 'SIN', 'UC', 'PIP', 'ESA', 'JSA'],
  police: ['URN'],
  // "ID" alone is as often a meeting's or an order's as a person's.
  generic: ['ID'],
};

const TABLE = new PhraseTable<IdentifierKind>();
for (const [kind, phrases] of Object.entries(PHRASES)) for (const p of phrases) TABLE.add(p, kind as IdentifierKind);
for (const [kind, words] of Object.entries(ACRONYMS)) for (const w of words) TABLE.add(w, kind as IdentifierKind, true);

/** Every keyword in the draft, in order. */
export function findTriggers(tokens: readonly Token[], text: string): Trigger[] {
  return TABLE.find(tokens, text).map((h) => ({ start: h.start, end: h.end, kind: h.value, specific: h.value !== 'generic' }));
}

/**
 * Words that make a number an organisation's, not a person's: a registered charity or company, a
 * donation reference, a bank account for gifts, an order or a ticket.
 */
export const ORGANISATION_CONTEXT =
  /(?<![\p{L}\p{N}])(?:charity|charities|registered|company|companies\s+house|gift\s+aid|donat\p{L}*|bank\s+transfers?|sort\s+code|quote|invoice|order|booking|ticket|vacanc\p{L}*|job|promo|discount|voucher|abn|acn|ein|vat|scn|oscr|cro|chy|appeal\s+ref\p{L}*|fundrais\p{L}*|just\s*giving|eventbrite|δωρε\p{L}*|spende\p{L}*|meeting|zoom|teams|webinar|passcode|password|wi-?fi|flight|isbn|issn)(?![\p{L}\p{N}])/iu;

/** Words that tie a number to a person: possessives and pronouns. */
export const PERSONAL_CONTEXT =
  /(?<![\p{L}\p{N}])(?:his|her|their|hers|theirs|client|family|mum|dad|son|daughter|child)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?!(?:it|that|what|there|here|who|he|she|let)['’]s)\p{L}+['’]s(?![\p{L}\p{N}])/iu;
