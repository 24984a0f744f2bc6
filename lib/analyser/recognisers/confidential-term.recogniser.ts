import { scanRegister } from '../register/register-scan';
import type { Candidate, Recogniser } from '../types';

/**
 * confidential-term (or the rule a term names, such as private-event): one of the profile's
 * confidential words or phrases, matched through the hashed register like names.
 */
export const confidentialTermRecogniser: Recogniser = {
  id: 'confidential-term',
  analyse(context) {
    const { profile } = context;
    if (!profile.register.terms.length) return [];
    const out: Candidate[] = [];
    for (const hit of scanRegister(context)) {
      if (hit.ref.type !== 'term') continue;
      const rule = profile.register.terms[hit.ref.index]?.rule ?? 'confidential-term';
      out.push({
        rule,
        start: hit.start,
        end: hit.end,
        likelihood: 0.95,
        explanation:
          rule === 'private-event'
            ? `This is the name of a closed group on ${profile.organisationName}'s confidential list. Saying when or where it meets can put the people who go at risk.`
            : `This is one of ${profile.organisationName}'s confidential terms: it is kept inside the organisation.`,
        suggestion: rule === 'private-event' ? 'one of our groups' : 'our work',
        recogniser: 'confidential-term',
      });
    }
    return out;
  },
};
