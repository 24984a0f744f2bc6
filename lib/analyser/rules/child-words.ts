/**
 * Patterns for details about a particular child: an age tied to a child, a school or class, a
 * regular time and place. Digits are converted to ASCII before matching (Arabic-Indic and
 * Persian digits included). Latin-script patterns use ASCII guards and no `u` flag (fast
 * scanning); other scripts sit apart and run only when the draft uses them. Each pattern is
 * flat or boundedly repeated: matching stays linear in the text.
 */
import { A, ARABIC, B, CYRILLIC, GREEK, LETTER, UPPER, gated, type Gated, type ScriptPatterns } from './event-words';

/** English number words up to seventeen: a child's age written out ("her seven-year-old"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
};
const NUM = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)';
// A number that is not the tail of a range, a price, a decimal or a date ("8–14", "£5", "3.5").
const FREE = '(?<![0-9.,:/£$€–—-]|[0-9]\\s?(?:to|and|or)\\s)';

// What may follow a bare number without it being an age: units, times, scores, ordinals.
const NOT_AGE_TAIL =
  "(?!\\s*(?:[:.,]\\d|['’\"]\\d|%|am\\b|pm\\b|o['’]?clock|min|hour|hr|h\\b|sec|kg|g\\b|cm|mm|km|m\\b|mi\\b|mile|ft|foot|feet|inch|times|goals?|points?|pts|percent|out of|of\\b|\\/|x\\b|th\\b|st\\b|nd\\b|rd\\b|days?|weeks?|years? (?:ago|later|since|on)|months? (?:ago|pregnant|later)|quid|pounds?|p\\b|pence|euros?|dollars?|people|families|kids|children|more|less|minutes|seconds|[–—-]\\s?\\d))";

export const CHILD_NOUNS =
  'son|daughter|boy|girl|lad|lass|kid|child|baby|toddler|youngest|eldest|oldest|little one|middle one|grandson|granddaughter|nephew|niece|stepson|stepdaughter|twin|brother|sister|teen|teenager';

/** "her 7-year-old", "a 9 year old", "10 yo", "6-month-old": the span is the age phrase. */
export const AGE_YEAR_OLD: Gated = gated(
  new RegExp(
  `${FREE}${B}${NUM}[\\s-]*(?:(?:year|yr)s?[\\s-]*old|y\\.?\\s?o\\.?|y\\/o|yrs old|(?:month|week)s?[\\s-]*old)${A}`,
  'gi',
),
  'old', 'yo', 'y/o', 'y.o', 'yrs',
);
/** Words just before an age that make it generic ("every 7-year-old", "for 8 year olds"). */
export const GENERIC_BEFORE = /(?:every|any|all|each|no|most|many|some|for|of|typical|average|the average|like a|than a)\s*$/i;

/** "aged 4", "age 9": not "aged 11–18", "aged 5 and under", "children aged 8". */
export const AGED: Gated = gated(
  new RegExp(
  `${B}(?:aged?|age:)\\s+(?:just\\s+|only\\s+|about\\s+|around\\s+)?${NUM}${A}(?!\\s*(?:[–—-]|to\\s\\d|\\+|plus|and (?:over|under|up|above|below|older|younger)|or (?:over|under|older|younger)|years? and (?:over|under)))${NOT_AGE_TAIL}`,
  'gi',
),
  'age', 'aged', 'age:',
);
export const PLURAL_BEFORE_AGED =
  /(?:children|kids|young people|youngsters|people|pupils|students|those|anyone|everyone|girls|boys|teenagers|teens|babies|toddlers|participants|members|players|ages|by|from|until|till|over|under)\s*,?\s*$/i;

/** "Jayden is 12", "Amira turned 7": a capitalised word checked in code (a name, not "Riverside"). */
export const NAME_IS_AGE: Gated = gated(
  new RegExp(
    `([${UPPER}][${LETTER}'’-]+)(?:['’]s|\\s+is|\\s+was|\\s+turned|\\s+turns|\\s+has just turned|\\s+is now)\\s+(?:now\\s+|just\\s+|only\\s+|nearly\\s+|almost\\s+)?(\\d{1,2})${A}${NOT_AGE_TAIL}`,
    'g',
  ),
  '<digit>',
);
/** "the twins are 3", "her kids are 4 and 7". */
export const ARE_AGE: Gated = gated(
  new RegExp(`${B}(?:twins|kids|boys|girls|children|sons|daughters|little ones)\\s+are\\s+(?:now\\s+|only\\s+|just\\s+)?${NUM}${A}${NOT_AGE_TAIL}`, 'gi'),
  'twins', 'kids', 'boys', 'girls', 'children', 'sons', 'daughters', 'ones',
);
/** "he's 17", "she is 6", "who is 9", "her daughter is 6". */
export const BE_AGE: Gated = gated(
  new RegExp(
  `${B}(?:he|she|who|${CHILD_NOUNS})(?:['’]s|\\s+is|\\s+was|\\s+turned|\\s+turns|\\s+will be|['’]ll be|\\s+has just turned|\\s+just turned)\\s+(?:now\\s+|just\\s+|only\\s+|nearly\\s+|almost\\s+|already\\s+|about\\s+|barely\\s+)?${NUM}${A}${NOT_AGE_TAIL}`,
  'gi',
),
  '<digit>', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
);

/**
 * "Hope Barker, 13, won…", "Omar, 14, is…": case-sensitive, the word is checked in code. Its gate,
 * a comma, a space and a digit 1–9, is in NEEDS: one scan rather than nine.
 */
export const NAME_COMMA_AGE: Gated = gated(
  new RegExp(`([${UPPER}][${LETTER}'’-]+),\\s(\\d{1,2})(?:,\\s?(?=[${LETTER}])|\\s+and\\s+(?=[${UPPER}]))`, 'g'),
);
/** "Sami (4)", "my son (9)": group 1 a name, group 2 a child noun, group 3 the age. */
export const PAREN_AGE: Gated = gated(
  new RegExp(`(?:([${UPPER}][${LETTER}'’-]+)|${B}(${CHILD_NOUNS}))\\s?\\((\\d{1,2})!?\\)`, 'g'),
  '(',
);

/** "16 and already running the tuck shop": an age written as a bare number. */
export const AND_ALREADY: Gated = gated(
  new RegExp(`${FREE}${B}(\\d{1,2})\\s+and\\s+(?:already|still)${A}`, 'gi'),
  'already', 'still',
);

/** "champion at 17", "at just 12": achievement at an age. */
export const AT_AGE: Gated = gated(
  new RegExp(
  `${B}(?:(?:champion|winner|captain|medallist|medalist|record[- ]holder|debut|youngest|prodigy)[a-z]*\\s+(?:[A-Za-z]+\\s+){0,2}?at\\s+(?:just\\s+|only\\s+|the age of\\s+|age\\s+)?|at\\s+(?:just|only|the age of|age)\\s+)${NUM}${A}${NOT_AGE_TAIL}`,
  'gi',
),
  'champion', 'winner', 'captain', 'medal', 'record', 'debut', 'youngest', 'prodigy', 'just', 'only', 'age', 'champions', 'winners', 'medallist', 'medalist',
);

/** "4th birthday", "her fifteenth birthday". */
const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth';
export const ORDINAL_VALUE: Readonly<Record<string, number>> = Object.fromEntries(ORDINAL_WORDS.split('|').map((w, i) => [w, i + 1]));
export const BIRTHDAY: Gated = gated(
  new RegExp(`${B}(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS})\\s+(?:birthday|bday|b-day|b['’]day)${A}`, 'gi'),
  'birthday', 'bday', 'b-day', 'b’day', "b'day",
);

/** Youth teams: "the under-15s", "U13 girls", "under-13 girls' team". Sport context is checked in code. */
export const UNDER_TEAM: Gated = gated(
  new RegExp(
  `${B}(?:under[- ]?(\\d{1,2})s|under[- ](\\d{1,2})(?=\\s+(?:girls|boys|team|squad|side|league|cup|player)|['’]?s${A})|U(\\d{1,2})s?)(?:\\s+(?:girls|boys)['’]?)?(?:\\s+(?:team|squad|side))?${A}`,
  'gi',
),
  'under', 'u1', 'u5', 'u6', 'u7', 'u8', 'u9',
);
export const SPORT_CONTEXT =
  /\b(?:team|squad|side|league|match|game|cup|tournament|final|scored?|goals?|plays?|played|playing|picked|selected|trials?|captain|coach|training|football|rugby|netball|cricket|hockey|basketball|volleyball|swimming|athletics|winner|won|win|striker|keeper|goalkeeper|defender|midfield\w*|centre-back|debut)\b|⚽|🏉|🏏|🏀|🏐|🏑/i;

/** Ages in other languages; group 1 is the number. */
export const AGE_OTHER: ScriptPatterns = {
  // German "8-jährig", "8 Jahre alt"; French "a 8 ans", "âgé de 8 ans" (not "il y a 8 ans");
  // Spanish "tiene 8 años"; Italian "ha 8 anni"; Dutch "8 jaar oud", "8-jarige"
  latin: new RegExp(
    `${B}(\\d{1,2})[\\s-]?(?:jährig[a-z]*|Jahre alt|jarige|jaar oud)${A}|(?<!y\\s)${B}(?:a|âgée?\\s+de)\\s+(\\d{1,2})\\s+ans${A}|${B}(?:tiene|tenía)\\s+(\\d{1,2})\\s+años${A}|${B}(?:ha|aveva)\\s+(\\d{1,2})\\s+anni${A}`,
    'gi',
  ),
  // Persian "پسر ۸ ساله"; Arabic "عمره ٨ سنوات", "ابنها ٦ سنوات"
  arabic: new RegExp(
    `(?:(?:پسر|دختر|بچه|کودک|فرزند|نوزاد)(?:ش|م)?\\s+)?(\\d{1,2})\\s?ساله|(?:عمره|عمرها|بعمر)\\s+(\\d{1,2})|(?:ابن|ابنة|بنت|ولد|طفل|طفلة|ابنها|ابنه|بنتها|ابني|بنتي)[${ARABIC}]{0,3}\\s+(?:[${ARABIC}]+\\s+)?(\\d{1,2})\\s+(?:سنوات|سنين|سنة)`,
    'g',
  ),
  // Ukrainian / Russian "8-річний", "йому 9 років"
  cyrillic: new RegExp(
    `(\\d{1,2})[\\s-]?(?:річн|рiчн|летн|місячн|месячн)[${CYRILLIC}]*|(?:йому|їй|ему|ей|сину|синові|синочку|доньці|донечці|дочці|сыну|дочери|дитині|ребёнку|ребенку)\\s+(\\d{1,2})\\s+(?:рік|роки|років|год|года|лет)`,
    'gi',
  ),
  // Greek "8 χρονών", "είναι 6 ετών", "8χρονος"
  greek: new RegExp(`(\\d{1,2})\\s?(?:χρονών|χρονώ|ετών|χρονος|χρονη|χρονο|χρονάκια)(?![${GREEK}])`, 'gi'),
};

/** School year or class: Year 5, P4, Grade 3, 5th grade, Reception, Junior Infants, 5. Klasse… */
export const YEAR_GROUP: readonly (readonly [Gated, number])[] = [
  [gated(new RegExp(`${B}(?:in|into|to|starts?|started|starting|joins?|joined|joining|finished|finishing|enters?|entered|entering|['’]s in|is in|are in|now in|up to|going into|goes into|repeating)\\s+(?:year|yr|y)\\s?(\\d{1,2})${A}(?!\\s+of${A})`, 'gi'), 'year', 'yr', 'y', 'y1', 'y2', 'y3', 'y4', 'y5', 'y6', 'y7', 'y8', 'y9', 'y10', 'y11', 'y12', 'y13'), 0.75],
  [gated(new RegExp(`${B}(?:his|her|their|my)\\s+(?:year|yr)\\s?(\\d{1,2})\\s+(?:class|teacher|exams?|SATs|mocks|options|assembly|trip|leavers?|prom|play|nativity|show|results|report)${A}`, 'gi'), 'year', 'yr'), 0.75],
  [gated(new RegExp(`${B}(?:in|into|starts?|started|starting|['’]s in|is in|now in)\\s+([PS][1-7])${A}`, 'g'), 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 's1', 's2', 's3', 's4', 's5', 's6'), 0.7],
  [gated(new RegExp(`${B}(?:in|into|starts?|started|starting|finished|finishing|entering|['’]s in|is in|now in)\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+grade${A}`, 'gi'), 'grade'), 0.75],
  [gated(new RegExp(`${B}(?:in|into|starts?|started|starting|['’]s in|is in|now in)\\s+grade\\s+(\\d{1,2})${A}`, 'gi'), 'grade'), 0.7],
  [gated(new RegExp(`${B}(?:a|an)\\s+(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[\\s-]grader${A}`, 'gi'), 'grader'), 0.7],
  [gated(new RegExp(`${B}(?:[Ss]tart(?:s|ed|ing)?|joined|joins|in|into)\\s+(?:Reception|Prep|Transition Year|Sixth Form)${A}`, 'g'), 'reception', 'prep', 'transition', 'sixth'), 0.65],
  [gated(new RegExp(`${B}(?:start(?:s|ed|ing)?|joined|joins|in|into|at)\\s+(?:kindy|kindergarten|pre-?k|junior infants|senior infants|big school|nursery|daycare|day care|pre-?school)${A}`, 'gi'), 'kindy', 'kindergarten', 'pre-k', 'prek', 'infants', 'big', 'nursery', 'daycare', 'day', 'preschool', 'pre-school'), 0.6],
  [gated(new RegExp(`${B}(?:start(?:s|ed|ing)?|joined|joins)\\s+(?:at\\s+)?(?:nursery|kindergarten|pre-?school|playgroup|primary school|secondary school|high school|middle school)${A}`, 'gi'), 'nursery', 'kindergarten', 'school', 'preschool', 'playgroup'), 0.6],
  [gated(new RegExp(`${B}(?:in|into|['’]s in|is in)\\s+(?:1st|2nd|3rd|4th|5th|6th)\\s+class${A}`, 'gi'), 'class'), 0.65],
  [gated(new RegExp(`${B}(?:his|her|their)\\s+(?:Leaving Cert|Junior Cert|GCSEs?|A[- ]levels?|SATs|11\\+|eleven plus|HSC|ATAR|NCEA|baccalauréat|bac|Abitur)${A}`, 'g'), 'cert', 'gcse', 'gcses', 'level', 'levels', 'sats', '11+', 'eleven', 'hsc', 'atar', 'ncea', 'bac', 'abitur', 'baccalauréat'), 0.6],
  [gated(new RegExp(`${B}in\\s+(?:(?:Mr|Mrs|Miss|Ms|Mx|Dr)\\.?\\s+)[${UPPER}][${LETTER}'’-]*['’]s\\s+(?:(?:year|yr)\\s?\\d{1,2}\\s+)?(?:class|form|group)${A}`, 'g'), 'class', 'form', 'group'), 0.75],
  [gated(new RegExp(`${B}(?:(?:in der|in die)\\s+)?(\\d{1,2})\\.\\s?Klasse${A}`, 'g'), 'klasse'), 0.7],
  [gated(new RegExp(`${B}en\\s+(?:CP|CE1|CE2|CM1|CM2|6e|5e|4e|3e|sixième|cinquième|quatrième|troisième|seconde|première|terminale|maternelle|petite section|moyenne section|grande section)${A}`, 'g'), 'en'), 0.65],
  [gated(new RegExp(`${B}(?:\\d)º\\s+(?:de\\s+)?(?:primaria|ESO|infantil)${A}|${B}(?:primero|segundo|tercero|cuarto|quinto|sexto)\\s+de\\s+(?:primaria|ESO)${A}`, 'gi'), 'primaria', 'eso', 'infantil'), 0.65],
  [gated(new RegExp(`${B}(?:prima|seconda|terza|quarta|quinta)\\s+(?:elementare|media|superiore)${A}`, 'gi'), 'elementare', 'media', 'superiore'), 0.65],
  [gated(new RegExp(`${B}in\\s+groep\\s+(\\d)${A}`, 'gi'), 'groep'), 0.65],
];
/** School years in other scripts: "Ε' δημοτικού", "5-й клас", "الصف الخامس", "کلاس پنجم". */
export const YEAR_GROUP_OTHER: ScriptPatterns = {
  greek: /(?:(?:Α|Β|Γ|Δ|Ε|ΣΤ)['΄ʹ’]?|πρώτη|δευτέρα|δεύτερη|τρίτη|τετάρτη|πέμπτη|έκτη)\s+(?:δημοτικού|γυμνασίου|λυκείου)/g,
  cyrillic: new RegExp(`(?<![0-9])(\\d{1,2})[\\s-]?(?:[йм]у?|ий|ому|ом)?\\s?клас[${CYRILLIC}]*`, 'gi'),
  arabic: /الصف\s+(?:ال)?(?:أول|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|\d{1,2})|کلاس\s+(?:اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم|یازدهم|دوازدهم|\d{1,2})/g,
};

/** The word that ends an English school name ("Oakfield Primary", "Little Acorns nursery"). */
export const SCHOOL_SUFFIX = new Set([
  'primary', 'secondary', 'academy', 'school', 'college', 'nursery', 'kindergarten', 'preschool', 'infants',
  'juniors', 'elementary', 'montessori', 'grammar', 'gymnasium', 'lyceum', 'playgroup', 'creche', 'kita',
  'grundschule', 'gesamtschule', 'realschule', 'hauptschule', 'basisschool', 'high', 'kindy', 'daycare',
  // Acronyms, only when written in capitals: Irish national schools, Australian public schools.
  'ns', 'etns', 'cns', 'gns', 'bns', 'cbs', 'ps', 'hs',
]);
/** School-name endings that count only in capitals ("St Joseph's NS", not "ps" or "hs"). */
export const SCHOOL_ACRONYMS = new Set(['ns', 'etns', 'cns', 'gns', 'bns', 'cbs', 'ps', 'hs']);
/** Words before a school name that make it a school ("Scoil Mhuire", "École Jean Jaurès"). */
export const SCHOOL_PREFIX = new Set(['scoil', 'gaelscoil', 'gaelcholaiste', 'colaiste', 'ecole', 'colegio', 'escuela', 'scuola', 'istituto', 'lycee', 'liceo', 'instituto', 'basisschool']);
/** Schools for adults or activities, not for a child's weekday. */
export const NOT_CHILD_SCHOOL = new Set([
  'business', 'law', 'medical', 'driving', 'sunday', 'summer', 'film', 'language', 'languages', 'night', 'bible',
  'royal', 'art', 'arts', 'music', 'dance', 'riding', 'flying', 'cookery', 'english', 'esol', 'adult', 'community',
  'further', 'sixth', 'university', 'city', 'technical', 'agricultural',
]);
/** Words allowed inside a school name that are not capitalised names ("St Mary's C of E Primary"). */
export const SCHOOL_JOINERS = new Set(['st', 'saint', 'of', 'the', 'and', 'c', 'e', 'ce', 'rc', 'cofe', 'de', 'la', 'le', 'du', 'des', 'del', 'di']);

/** Words in a sentence that put a school or nursery in view, in any of our languages. */
export const SCHOOL_WORDS: ScriptPatterns = {
  latin: new RegExp(`${B}(?:école|colegio|escuela|scuola|asilo|guardería|kita|grundschule|kindergarten|basisschool|crèche)${A}`, 'gi'),
  greek: new RegExp(`(?<![${GREEK}])(?:δημοτικ|νηπιαγωγεί|γυμνάσι|λύκει|σχολεί)[${GREEK}]*`, 'gi'),
  cyrillic: new RegExp(`(?<![${CYRILLIC}])(?:школ|шкільн|садоч|садку|садок|ліце|гімназі)[${CYRILLIC}]*`, 'gi'),
  arabic: /(?:مدرسة|المدرسة|للمدرسة|بالمدرسة|روضة|الروضة|حضانة|الحضانة|مدرسه|مهدکودک|مهد کودک|پیش‌دبستانی|دبستان)/g,
};

/** After these, a capitalised place name is where a child spends the day ("the kids are at …"). */
export const ATTENDS =
  /(?:(?:kids|children|boys|girls|twins|son|daughter|he|she|they)\s+(?:are|is|['’]s|['’]re|go|goes|went|started|start|starts|attend|attends)\s+(?:at|to)|(?:started|starts|starting|goes|go|going|attends|attending|enrolled|enrolment|a place|pupil|student|moved|moving|transferred)\s+(?:at|to|in)|(?:class|form|year\s?\d{1,2}|reception)\s+at|في|в|у|στο|στη|στην)\s*$/i;
/** Not schools: where children go for a day out. */
export const NOT_SCHOOL_PLACE = new Set([
  'park', 'beach', 'centre', 'center', 'hospital', 'airport', 'zoo', 'pool', 'cinema', 'road', 'street', 'lane',
  'avenue', 'house', 'farm', 'museum', 'library', 'station', 'hall', 'church', 'mosque', 'market', 'stadium',
  'nans', 'nan', 'grans', 'gran', 'grandmas', 'granny', 'home', 'mums', 'dads', 'aunties', 'world', 'land',
]);

/** School anchors of a routine: a time near these is a child's, with little else needed. */
export const ROUTINE_SCHOOL: Gated = gated(
  new RegExp(
  `${B}(?:after[- ]school(?:\\s+club)?|before[- ]school(?:\\s+club)?|breakfast club|school run|school gates?|school bus|(?:walks?|walked|walking|goes|went|going|gets?|got|takes?|took|cycles?|bus(?:es)?)\\s+(?:[A-Za-z]+\\s+){0,3}?(?:to|from|home from)\\s+school|(?:to|from|at|out of)\\s+school|before PE|after PE|PE (?:kit|day|lessons?)|school pick[- ]?up|school drop[- ]?off|nursery pick[- ]?up)${A}`,
  'gi',
),
  'school', 'pe', 'breakfast',
);
/** Things only children do: a weekly slot here is a child's routine whoever is named. */
export const ROUTINE_KID: Gated = gated(
  new RegExp(
  `${B}(?:cubs|scouts|brownies|guides|beavers|rainbows|madrasa|madrassa|mosque school|quran class|sunday school|tuition|tutoring|homework club|nursery|daycare|day care|childminder|creche|crèche|ballet|swim(?:ming)? lessons?|drama club|stay and play|play ?group)${A}`,
  'gi',
),
  'cubs', 'scouts', 'brownies', 'guides', 'beavers', 'rainbows', 'madrasa', 'madrassa', 'mosque', 'quran', 'sunday', 'tuition', 'tutoring', 'homework', 'nursery', 'daycare', 'day', 'childminder', 'creche', 'crèche', 'ballet', 'swim', 'swimming', 'drama', 'stay', 'playgroup', 'play',
);
/** Activities adults do too: a child's routine only when the draft is about a child. */
export const ROUTINE_SPORT: Gated = gated(
  new RegExp(
  `${B}(?:football|footy|soccer|rugby|netball|cricket|hockey|basketball|training|practice|swimming|dance|karate|judo|taekwondo|boxing|gymnastics|piano|violin|guitar lessons?|music lessons?|choir|match|game)${A}`,
  'gi',
),
  'football', 'footy', 'soccer', 'rugby', 'netball', 'cricket', 'hockey', 'basketball', 'training', 'practice', 'swimming', 'dance', 'karate', 'judo', 'taekwondo', 'boxing', 'gymnastics', 'piano', 'violin', 'guitar', 'music', 'choir', 'match', 'game',
);
/** Health routines: a child's when the draft is about a child or school. */
export const ROUTINE_MEDICAL: Gated = gated(
  new RegExp(
  `${B}(?:inhaler|medication|meds|epipen|insulin|tablets|medicine|dentist|orthodontist|speech therapy|physio|(?:dentist|doctor|GP|hospital|clinic|optician)['’]?s?\\s+(?:appt|appointment))${A}`,
  'gi',
),
  'inhaler', 'medication', 'meds', 'epipen', 'insulin', 'tablets', 'medicine', 'dentist', 'orthodontist', 'speech', 'physio', 'appt', 'appointment',
);
/** Being taken somewhere: someone else collects them, so they are a child. */
export const ROUTINE_TRANSPORT: ScriptPatterns = {
  latin: new RegExp(
    `${B}(?:(?:picks?|picked|picking|collects?|collected|collecting)\\s+(?:him|her|them|[A-Z][a-z]+(?:['’]s)?)\\s+up|(?:drops?|dropped|dropping)\\s+(?:him|her|them|[A-Z][a-z]+)\\s+(?:off|at)|lifts? to|take (?:him|her|them) to|walk (?:him|her|them) to)${A}`,
    'g',
  ),
  arabic: /(?:توصل|توصيل|أوصل|اوصل|تاخذ|تأخذ|ببر|ببرید|برسون)/g,
  cyrillic: /(?:відвез|відвед|забра|отвез|отвед)[\u0400-\u04FF]*/gi,
};
/** When the routine happens: clock times, days, "every morning", "twice a day", "on her own". */
export const ROUTINE_TIME: ScriptPatterns = {
  latin: new RegExp(
    `${B}(?:\\d{1,2}[:.]\\d{2}(?:\\s?[ap]m)?|\\d{1,2}\\s?[ap]m|at\\s\\d{1,2}(?![\\d:.%])|(?:every|each)\\s+(?:single\\s+)?(?:morning|afternoon|evening|night|day|weekday|week|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:on\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?|twice a (?:day|week)|once a (?:day|week)|(?:three|four) times a (?:day|week)|daily|every day|tomorrow|on (?:his|her|their) own|by (?:him|her)self|all by (?:him|her)self|alone)${A}`,
    'gi',
  ),
  arabic: /(?:الساعة|ساعت)\s?\d{1,2}(?:[:.]\d{2})?|\d{1,2}[:.]\d{2}/g,
  cyrillic: new RegExp(`(?<![${CYRILLIC}])(?:сам|сама|самостійно|самостоятельно)(?![${CYRILLIC}])|\\d{1,2}[:.]\\d{2}`, 'gi'),
  greek: /(?:στις\s\d{1,2}(?:[:.]\d{2})?|μόνος|μόνη)/gi,
};

/** "Year 5", "yr5", or "y5" after a space: in every match of the first two year-group patterns. */
const YEAR_NUMBER = /y(?:ear|r|(?<=\sy))\s?\d/i;

/**
 * Cheap patterns that every match of a costly one contains, for patterns whose gate words are
 * common ("just", "is", a digit) but whose matches are rare. Where the draft holds none, the
 * costly pattern is not run. Each names, for every alternative of its pattern, a piece that
 * alternative must match, with the same flags, so that nothing the pattern finds is missed; a
 * list of plain pieces of text is searched for as written, which is quicker than a pattern.
 */
export const NEEDS: ReadonlyMap<RegExp, RegExp | readonly string[]> = new Map<RegExp, RegExp | readonly string[]>([
  [AT_AGE.re, /champion|winner|captain|medallist|medalist|record[- ]holder|debut|youngest|prodigy|at\s+(?:just|only|the age of|age)\s/i],
  [BE_AGE.re, new RegExp(`(?:['’]s|is|was|turned|turns|be)\\s+(?:(?:now|just|only|nearly|almost|already|about|barely)\\s+)?${NUM}`, 'i')],
  [ARE_AGE.re, new RegExp(`are\\s+(?:(?:now|only|just)\\s+)?${NUM}`, 'i')],
  [NAME_IS_AGE.re, /(?:['’]s|is|was|turned|turns)\s+(?:(?:now|just|only|nearly|almost)\s+)?\d/],
  [NAME_COMMA_AGE.re, /, [1-9]/],
  [YEAR_GROUP[0]![0].re, YEAR_NUMBER],
  [YEAR_GROUP[1]![0].re, YEAR_NUMBER],
  [AGE_OTHER.latin!, /jährig|jahre alt|jarige|jaar oud|\sans|años|anni/i],
  [AGE_OTHER.arabic!, /ساله|عمر|سنوات|سنين|سنة/],
  [AGE_OTHER.cyrillic!, /річн|рiчн|летн|місячн|месячн|рік|роки|років|год|лет/i],
  [ROUTINE_TRANSPORT.latin!, ['pick', 'collect', 'drop', 'lift', 'take ', 'walk ']],
]);
