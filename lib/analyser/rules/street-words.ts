/**
 * Street words of the regions our organisations work in, for the street-address recogniser.
 * Written as people write them, in lower case without a trailing full stop; the recogniser looks
 * them up by the tokeniser's key (ASCII, transliterated). Data only: the recogniser decides how
 * much each kind of word proves.
 */

/**
 * How much an English street type says on its own.
 * - `strong`: almost only used in addresses; also trusted in all-lower-case drafts
 *   ("moved into 23 elm grove").
 * - `capital`: a street type when capitalised after a capitalised name ("Weavers Court"), but an
 *   ordinary word in lower case ("family court", "close friends"), so never trusted in lower case.
 * - `weak`: also an everyday noun in Title Case headlines ("5 Family Walk"), so it needs a
 *   house number and gives less certainty.
 * - `ambiguous`: an abbreviation that is also a title before a name ("St Paul's", "Dr Khan"); a
 *   type only when nothing better follows in the name.
 */
export type StreetTypeStrength = 'strong' | 'capital' | 'weak' | 'ambiguous';

/**
 * English street types written AFTER the name, with the house number first ("12 Elm Grove").
 * Sources: Royal Mail PAF thoroughfare descriptors (UK; An Post uses the same for Ireland);
 * USPS Publication 28, Appendix C1 "Street Suffix Abbreviations" (US); Australia Post Address
 * Presentation Standard and AS 4590 road types (AU); Canada Post Addressing Guidelines, street
 * types (CA). Only the common ones: a rare type missed costs less than a common word misread.
 */
export const ENGLISH_STREET_TYPES: ReadonlyMap<string, StreetTypeStrength> = new Map<string, StreetTypeStrength>([
  // Strong: addresses almost only.
  ...(['street', 'road', 'rd', 'lane', 'avenue', 'ave', 'grove', 'crescent', 'terrace', 'boulevard', 'blvd', 'highway', 'hwy'] as const).map(
    (w) => [w, 'strong'] as [string, StreetTypeStrength],
  ),
  // Capitalised after a name: everyday words in lower case.
  ...(
    [
      'ln', 'cres', 'cr', 'tce', 'terr', 'drive', 'drv', 'close', 'court', 'ct', 'crt', 'gardens', 'gdns', 'mews', 'place', 'pl',
      'parade', 'pde', 'square', 'sq', 'wynd', 'circuit', 'cct', 'esplanade', 'esp', 'promenade', 'prom', 'parkway', 'pkwy',
      'approach', 'embankment', 'cottages', 'heights', 'hts', 'circle', 'cir', 'av', 'broadway', 'causeway',
      'expressway', 'freeway', 'fwy', 'turnpike', 'tpke', 'pike', 'plaza', 'crossing', 'xing', 'grv',
    ] as const
  ).map((w) => [w, 'capital'] as [string, StreetTypeStrength]),
  // Weak: everyday nouns too.
  ...(
    [
      'way', 'walk', 'row', 'hill', 'park', 'rise', 'view', 'vale', 'green', 'gate', 'fold', 'croft', 'garth', 'brow', 'chase',
      'quay', 'wharf', 'yard', 'meadow', 'meadows', 'fields', 'end', 'mount', 'path', 'alley', 'trail', 'loop', 'bend', 'glade',
      'glen', 'grange', 'ridge', 'strand', 'track', 'vista', 'cove', 'dale', 'lawn', 'lawns', 'bank', 'side', 'crest', 'reach',
      'hollow', 'knoll', 'drove', 'dell', 'pathway', 'point', 'lea', 'copse', 'spinney', 'orchard', 'leys', 'paddock', 'passage',
    ] as const
  ).map((w) => [w, 'weak'] as [string, StreetTypeStrength]),
  // Abbreviations that are also titles before a name ("St Paul's Hall", "Dr Khan").
  // "St" is Street after a name ("Smith St") but Saint before one ("St Paul's").
  ...(['st', 'dr', 'mt'] as const).map((w) => [w, 'ambiguous'] as [string, StreetTypeStrength]),
]);

/**
 * Street words written BEFORE the name. `numberFirst` also allows the French and Canadian
 * order with the number in front ("12 rue de la Paix", "123, rue Saint-Denis"); elsewhere the
 * number follows the name ("Via Roma 10", "Calle Mayor, 5", "Οδός Ερμού 15"). `ambiguous` words
 * are also English ("via", "place", "avenue") and prove less.
 * Sources: La Poste / AFNOR NF Z10-011 voie types (FR); Canada Post, French street types (CA);
 * Poste Italiane "DUG" denominazioni urbanistiche generiche (IT); Correos / INE tipos de vía (ES);
 * CTT tipos de arruamento (PT); ELTA address guidance and common usage (GR: οδός, λεωφόρος,
 * πλατεία); Poczta Polska (PL: ul., al., pl.); Ukrposhta (UA: вул., просп.).
 */
export interface PrefixStreetWord {
  numberFirst?: boolean;
  ambiguous?: boolean;
  /** Only an abbreviation when written with a full stop or slash ("Λ.", "C/", "ul."). */
  needsMark?: boolean;
}

const P = (numberFirst = false, ambiguous = false, needsMark = false): PrefixStreetWord => ({ numberFirst, ambiguous, needsMark });

export const PREFIX_STREET_WORDS: ReadonlyMap<string, PrefixStreetWord> = new Map<string, PrefixStreetWord>([
  // French (France, Belgium, Switzerland, Québec).
  ['rue', P(true)], ['avenue', P(true, true)], ['av', P(true, true, true)], ['boulevard', P(true, true)], ['boul', P(true, false, true)],
  ['bd', P(true, false, true)], ['place', P(true, true)], ['chemin', P(true)], ['impasse', P(true)], ['allée', P(true)],
  ['allee', P(true)], ['quai', P(true)], ['cours', P(true, true)], ['ruelle', P(true)], ['montée', P(true)], ['côte', P(true, true)],
  ['rang', P(true, true)], ['sentier', P(true)], ['voie', P(true)], ['faubourg', P(true)], ['rond-point', P(true)],
  // Italian.
  ['via', P(false, true)], ['viale', P()], ['piazza', P()], ['piazzale', P()], ['corso', P()], ['largo', P(false, true)],
  ['vicolo', P()], ['strada', P()], ['lungomare', P()], ['contrada', P()], ['borgo', P(false, true)], ['salita', P()],
  // Spanish and Catalan.
  ['calle', P()], ['c', P(false, false, true)], ['avenida', P()], ['avda', P()], ['plaza', P(false, true)], ['pza', P()],
  ['paseo', P()], ['ronda', P(false, true)], ['camino', P()], ['carretera', P()], ['ctra', P()], ['travesía', P()],
  ['glorieta', P()], ['rambla', P()], ['pasaje', P()], ['carrer', P()], ['passeig', P()], ['plaça', P()], ['avinguda', P()],
  // Portuguese.
  ['rua', P()], ['praça', P()], ['travessa', P()], ['estrada', P()], ['alameda', P()], ['calçada', P()],
  // Greek: οδός (street), λεωφόρος (avenue), πλατεία (square), πάροδος (side street).
  ['οδός', P()], ['οδος', P()], ['οδ', P(false, false, true)], ['λεωφόρος', P()], ['λεωφορος', P()], ['λεωφ', P()],
  ['λ', P(false, false, true)], ['πλατεία', P()], ['πλατεια', P()], ['πλ', P(false, false, true)], ['πάροδος', P()], ['παροδος', P()],
  // Polish, Romanian.
  ['ul', P(false, false, true)], ['ulica', P()], ['al', P(false, false, true)], ['aleja', P()], ['plac', P()], ['strada', P()],
  ['str', P(false, false, true)], ['bulevardul', P()], ['calea', P()], ['aleea', P()],
  // Ukrainian and Russian (people supported often write their own script).
  ['вул', P(false, false, true)], ['вулиця', P()], ['ул', P(false, false, true)], ['улица', P()], ['просп', P(false, false, true)],
  ['проспект', P()], ['провулок', P()], ['переулок', P()], ['бульвар', P()], ['площа', P()], ['площадь', P()],
]);

/**
 * Endings of one-word street names in German, Dutch and the Nordic languages ("Hauptstraße",
 * "Kestrelweg", "Kerkstraat", "Storgatan", "Nørregade"), always followed by the house number.
 * Sources: Deutsche Post address guidance; PostNL adressering; Posten/PostNord address formats.
 * Left out: "ring" and "hof" (English words end in them), "gate" (English place names).
 */
export const COMPOUND_STREET_ENDINGS: readonly string[] = [
  'straße', 'strasse', 'weg', 'gasse', 'allee', 'platz', 'damm', 'ufer', 'chaussee', 'pfad', 'steig',
  'straat', 'laan', 'plein', 'gracht', 'kade', 'steeg', 'singel', 'dijk', 'dreef',
  'gatan', 'gata', 'gaten', 'vej', 'gade', 'vägen', 'väg', 'veien', 'vei', 'stræde', 'gränd', 'plass', 'plads', 'torget',
];

/** Words that end like a street but are not ("Brigade 999"). */
export const COMPOUND_EXCEPTIONS: ReadonlySet<string> = new Set(['brigade', 'renegade', 'escapade', 'accolade', 'barricade', 'nomade']);

/** Compound endings abbreviated with a full stop ("Hauptstr. 5"). */
export const COMPOUND_ABBREVIATED_ENDINGS: readonly string[] = ['str'];

/**
 * Street words written as a separate word AFTER an adjective or a name, with the number after
 * ("Berliner Straße 12", "Karl Johans gate 1", "Váci utca 5", "Laan van …" is not covered).
 */
export const SEPARATE_SUFFIX_WORDS: ReadonlySet<string> = new Set([
  'straße', 'strasse', 'str', 'weg', 'allee', 'platz', 'gasse', 'damm', 'ufer', 'chaussee',
  'straat', 'laan', 'plein', 'gracht', 'kade', 'singel', 'dijk',
  'gate', 'gata', 'gatan', 'vej', 'gade', 'vei', 'veien', 'väg', 'vägen', 'allé', 'plass', 'plads', 'torg', 'torget',
  'utca', 'út', 'tér', 'náměstí', 'třída', 'caddesi', 'sokak', 'sokağı', 'bulvarı',
]);

/**
 * Greek street names are usually a name in the genitive with no street word: "Ερμού 15",
 * "Αγίου Κωνσταντίνου 20", "Ελευθερίου Βενιζέλου 10". Genitive endings, accents removed.
 */
export const GREEK_GENITIVE_ENDINGS: readonly string[] = ['ου', 'ης', 'ας', 'ων', 'εως', 'ους'];

/** Greek genitives that are dates or times, not streets ("15 Μαΐου", "Τρίτης 15"). */
export const GREEK_NOT_STREETS: ReadonlySet<string> = new Set([
  'ιανουαριου', 'φεβρουαριου', 'μαρτιου', 'απριλιου', 'μαιου', 'ιουνιου', 'ιουλιου', 'αυγουστου', 'σεπτεμβριου',
  'οκτωβριου', 'νοεμβριου', 'δεκεμβριου', 'δευτερας', 'τριτης', 'τεταρτης', 'πεμπτης', 'παρασκευης', 'σαββατου',
  'κυριακης', 'ετους', 'ωρας', 'αρθρου', 'κεφαλαιου', 'σελιδας', 'νομου', 'τευχους', 'ηλικιας', 'χρονου', 'μηνος',
  'εβδομαδας', 'ημερας', 'ομαδας', 'τηλ', 'τηλεφωνου',
]);

/** Words before a house number naming the flat or unit ("Flat 4, 23 …", "Unit 3/45 …", "Apt 5"). */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'flat', 'apartment', 'apt', 'unit', 'suite', 'ste', 'level', 'lot', 'shop', 'maisonette', 'studio', 'room', 'floor',
  'appartement', 'app', 'appt', 'bureau', 'piso', 'puerta', 'interno', 'int', 'scala', 'wohnung', 'whg', 'διαμέρισμα', 'διαμ',
]);

/** US and Canadian directionals after the street type ("Maple Avenue NW"). USPS Pub 28, C1; Canada Post. */
export const DIRECTIONALS: ReadonlySet<string> = new Set([
  'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast',
  'southwest', 'o', 'no', 'so', 'nord', 'sud', 'est', 'ouest',
]);

/** Small words inside European street names ("Rue de la Paix", "Calle de Alcalá", "Via dei Mille"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'la', 'le', 'les', 'du', 'des', 'd', 'l', 'del', 'della', 'dello', 'degli', 'dei', 'delle', 'di', 'da', 'do', 'dos',
  'das', 'van', 'der', 'den', 'von', 'dem', 'am', 'an', 'y', 'i', 'e', 'et', 'of', 'the', 'sur', 'sous', 'en', 'al', 'του',
  'της', 'των', 'και',
]);

/** House-number suffixes written as a word ("3 bis rue …", "12 ter"). La Poste; Poste Italiane. */
export const NUMBER_SUFFIXES: ReadonlySet<string> = new Set(['bis', 'ter', 'quater', 'a', 'b', 'c', 'd']);
