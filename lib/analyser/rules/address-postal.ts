/**
 * Postal data for the postcode recogniser: state and province codes that give a bare number
 * its meaning as a postcode. Data only.
 */

/**
 * US states, DC and territories, as USPS two-letter codes. Source: USPS Publication 28,
 * Appendix B "Two-Letter State and Possession Abbreviations" (incl. the armed forces AA/AE/AP).
 */
export const US_STATE_CODES: ReadonlySet<string> = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA ' +
    'RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP AA AE AP'
  ).split(' '),
);

/** US state names, as nameKeys of their words joined ("newyork"), for "Austin, Texas 78701". */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois ' +
    'indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana ' +
    'nebraska nevada newhampshire newjersey newmexico newyork northcarolina northdakota ohio oklahoma oregon pennsylvania ' +
    'rhodeisland southcarolina southdakota tennessee texas utah vermont virginia washington westvirginia wisconsin wyoming'
  ).split(' '),
);

/**
 * Australian states and territories as Australia Post writes them before the postcode
 * ("Sydney NSW 2000"). Source: Australia Post Addressing Guidelines; AS 4590.
 */
export const AU_STATE_CODES: ReadonlySet<string> = new Set(['NSW', 'VIC', 'QLD', 'SA', 'WA', 'TAS', 'NT', 'ACT', 'Vic', 'Qld', 'Tas']);
export const AU_STATE_NAMES: ReadonlySet<string> = new Set([
  'newsouthwales', 'victoria', 'queensland', 'southaustralia', 'westernaustralia', 'tasmania', 'northernterritory',
  'australiancapitalterritory',
]);

/** Canadian provinces and territories, Canada Post two-letter symbols ("Toronto ON M5V 2T6"). */
export const CA_PROVINCE_CODES: ReadonlySet<string> = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '));

/** Words that introduce a postcode ("ZIP 10001", "PLZ 10115", "CP 28013", "Τ.Κ. 105 63"), as nameKeys. */
export const POSTCODE_KEYWORDS: ReadonlySet<string> = new Set([
  'zip', 'zipcode', 'postcode', 'postalcode', 'eircode', 'plz', 'postleitzahl', 'cp', 'cap', 'codepostal', 'codigopostal',
  'postcodes', 'tk', 'npa',
]);

/** Irish context for Eircodes whose unique identifier is all digits (rare). */
export const IRISH_CONTEXT: ReadonlySet<string> = new Set([
  'ireland', 'eire', 'dublin', 'cork', 'galway', 'limerick', 'waterford', 'kilkenny', 'co', 'county', 'eircode',
]);

/**
 * Continental regions whose postcodes are five digits, for a bare "10115 Berlin" when the
 * organisation works there (Deutsche Post, La Poste, Correos, Poste Italiane, ELTA, PostNord SE,
 * Česká pošta, Posti FI, Poczta Polska writes 00-950 and is covered separately).
 */
export const FIVE_DIGIT_REGIONS: ReadonlySet<string> = new Set(['DE', 'FR', 'ES', 'IT', 'GR', 'SE', 'FI', 'CZ', 'SK', 'HR', 'EE', 'LT', 'MC']);

/** Country letters written before a postcode ("D-10115", "F-75001", "A-1010"): old CEPT usage. */
export const CEPT_PREFIXES: ReadonlySet<string> = new Set(['D', 'F', 'I', 'E', 'A', 'CH', 'B', 'L', 'NL', 'GR', 'P', 'S', 'DK', 'N', 'FIN']);

/**
 * UK postcode areas (the letters of the outward code), so that shapes like "A4 2PL" (a paper
 * size) are not read as postcodes. Source: Royal Mail, list of postcode areas (PAF), with the
 * Crown Dependencies (GY, JE, IM) and non-geographic BX; BFPO and GIR 0AA are handled apart.
 */
export const UK_POSTCODE_AREAS: ReadonlySet<string> = new Set(
  (
    'AB AL B BA BB BD BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY G GL ' +
    'GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE ' +
    'PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);
