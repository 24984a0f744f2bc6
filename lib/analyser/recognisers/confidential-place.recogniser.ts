import { scanRegister, type RegisterHit } from '../register/register-scan';
import { isCommonWord } from '../text/normalise';
import type { AnalysisContext } from '../types';
import { normalisePostcode } from '../register/variants';
import type { Candidate, Recogniser } from '../types';

/**
 * location (register places): a refuge, safe house, home, school or venue on the organisation's
 * confidential list, by name, alias, street or postcode, in any script.
 */
// UK and Irish postcodes, the formats places on a register are written in; others are found by
// the general postcode recogniser.
const POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4})\b/gi;

export const confidentialPlaceRecogniser: Recogniser = {
  id: 'confidential-place',
  analyse(context) {
    const { profile, text } = context;
    if (!profile.register.places.length) return [];
    const out: Candidate[] = [];
    for (const hit of scanRegister(context)) {
      if (hit.ref.type !== 'place' || !writtenAsName(hit, context)) continue;
      out.push(candidate(hit.start, hit.end, profile.register.places[hit.ref.index]?.kind ?? '', profile.organisationName));
    }
    POSTCODE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = POSTCODE.exec(text))) {
      const place = profile.register.find('z', normalisePostcode(m[0])).find((r) => r.type === 'place');
      if (place) out.push(candidate(m.index, m.index + m[0].length, profile.register.places[place.index]?.kind ?? '', profile.organisationName));
    }
    return out;
  },
};

function candidate(start: number, end: number, kind: string, organisation: string): Candidate {
  const what = /refuge|safe/i.test(kind) ? 'a safe place' : /school|nursery|college/i.test(kind) ? 'a school' : 'a place';
  return {
    rule: 'location',
    start,
    end,
    likelihood: 0.95,
    explanation: `This names ${what} on ${organisation}'s confidential list. Sharing where it is could lead someone to the people who rely on it.`,
    suggestion: /school|nursery|college/i.test(kind) ? 'a local school' : /refuge|safe/i.test(kind) ? 'a safe place' : 'a local venue',
    recogniser: 'confidential-place',
  };
}

/** "Hall 2" or "Room 5" is a place only when written as a name; in lower case it is ordinary words. */
function writtenAsName(hit: RegisterHit, context: AnalysisContext): boolean {
  const tokens = context.tokens.slice(hit.first, hit.last + 1);
  const words = tokens.filter((t) => !t.numeric);
  const generic = words.length <= 1 && words.every((t) => isCommonWord(t.key));
  return !generic || words.every((t) => t.capitalised || t.allCaps || t.nonLatin);
}
