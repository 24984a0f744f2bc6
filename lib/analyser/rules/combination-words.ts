/**
 * Details that, together, single out a person or family: household make-up, job, health,
 * language, faith, arrival, age. Latin-script patterns use ASCII guards and no `u` flag (fast
 * scanning); Arabic/Persian, Cyrillic and Greek ones run only when the draft uses that script.
 * Each pattern is flat or boundedly repeated: linear in the text.
 */
import { A, ARABIC, B, CYRILLIC, GREEK, UPPER, gated, type Gated, type ScriptPatterns } from './event-words';

/**
 * Faster forms of some patterns, for the recogniser's scan. V8 tries a leading look-behind at
 * every position of a draft: the word guard B, and the Cyrillic guards, slower still with the `i`
 * flag. A pattern's fast form matches wherever the pattern does (except, with `\b` for B,
 * straight after "_", which the scan checks apart), and perhaps elsewhere too; the pattern as
 * written, anchored (`at`), decides on each match.
 */
export interface FastForm {
  fast: RegExp;
  at: RegExp;
}
export const FAST_FORMS = new WeakMap<RegExp, FastForm>();
const anchored = (re: RegExp) => new RegExp(re.source, `${re.flags.replace('g', '')}y`);

/** gated() for a pattern each of whose alternatives begins with B and then a letter or digit: `\b` for B is its fast form. */
function wordGated(re: RegExp, ...gate: string[]): Gated {
  FAST_FORMS.set(re, { fast: new RegExp(re.source.replaceAll(B, '\\b'), re.flags), at: anchored(re) });
  return gated(re, ...gate);
}
/** A pattern guarded by a look-behind that comes first and applies to all of it: the rest is its fast form. */
function guardedPattern(guard: string, rest: string, flags: string): RegExp {
  const re = new RegExp(guard + rest, flags);
  FAST_FORMS.set(re, { fast: new RegExp(rest, flags), at: anchored(re) });
  return re;
}

const COUNT = '(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|several)';
const KIDS = '(?:kids|children|little ones|sons|daughters|boys|girls|grandchildren|grandkids|teenagers|teens|babies|toddlers|young ones|bairns|wee ones)';
const ROLE = '(?:mum|mom|mam|mother|dad|father|wife|husband|partner|son|daughter|baby|toddler|kids|children|twins|triplets|grandma|grandmother|gran|granny|nan|nana|grandad|grandfather|grandpa|grandson|granddaughter|sister|brother|stepdad|stepmum|auntie|aunt|uncle|teenager|teen|boy|girl|little ones?)';

/**
 * Household make-up, said of one household. Index 1 (a possessive relation) also says one
 * person is meant; index 2 (a list of roles) is checked for a vocative in code.
 */
export const HOUSEHOLD: readonly Gated[] = [
  // "three kids", "four little ones", "2 boys" (the aggregate "23 families" is not a household)
  wordGated(new RegExp(`${B}${COUNT}\\s+(?:[A-Za-z]+\\s+)?${KIDS}${A}`, 'gi'), 'kids', 'children', 'ones', 'sons', 'daughters', 'boys', 'girls', 'grandchildren', 'grandkids', 'teens', 'teenagers', 'babies', 'toddlers', 'bairns'),
  // "his wife", "her husband", "their three children", "with her girls"
  wordGated(new RegExp(`${B}(?:his|her|their|with (?:a|an|her|his|their|two|three|four|five|\\d))\\s+(?:[A-Za-z]+\\s+){0,2}?(?:wife|husband|partner|kids|children|son|sons|daughter|daughters|baby|twins|boys|girls|mum|mother|dad|father|parents|grandmother|grandma|grandsons?|granddaughters?|grandchildren|little ones)${A}`, 'gi'), 'his', 'her', 'their', 'with'),
  // "a mum, dad and four little ones", "mum and her three girls"
  wordGated(new RegExp(`${B}${ROLE}\\s*(?:,|&|and|\\+|with)\\s*(?:(?:his|her|their|a|an|the)\\s+)?(?:${COUNT}\\s+)?(?:[A-Za-z]+\\s+)?${ROLE}${A}`, 'gi'), 'mum', 'mom', 'mam', 'mother', 'dad', 'father', 'wife', 'husband', 'partner', 'son', 'daughter', 'baby', 'toddler', 'kids', 'children', 'twins', 'triplets', 'grandma', 'grandmother', 'gran', 'granny', 'nan', 'nana', 'grandad', 'grandfather', 'grandpa', 'grandson', 'granddaughter', 'sister', 'brother', 'stepdad', 'stepmum', 'auntie', 'aunt', 'uncle', 'teenager', 'teen', 'boy', 'girl'),
  wordGated(new RegExp(`${B}(?:(?:single|lone|widowed)\\s+(?:mum|mom|mother|dad|father|parent)|widow|widower|twins|triplets|the (?:youngest|eldest|oldest)|family of (?:three|four|five|six|seven|eight|nine|ten|\\d{1,2}))${A}`, 'gi'), 'single', 'lone', 'widowed', 'widow', 'widower', 'twins', 'triplets', 'youngest', 'eldest', 'oldest', 'family'),
];
export const HOUSEHOLD_OTHER: ScriptPatterns = {
  // "мама, бабуся і двоє дітей", "двоє дітей"
  cyrillic: new RegExp(
    `(?:двоє|троє|четверо|п['’]ятеро|двое|трое|\\d)\\s+(?:дітей|дитини|детей|ребёнка|ребенка|синів|доньок)|(?:мама|мати|тато|батько|бабуся|дідусь|мать|отец|бабушка)[${CYRILLIC}]*\\s*(?:,|і|и|та)\\s*(?:[${CYRILLIC}]+\\s+)?(?:мама|мати|тато|батько|бабуся|дідусь|діт|дет|син|дон|доч)[${CYRILLIC}]*`,
    'gi',
  ),
  // "مادر … با پسر … و دختر", "ثلاثة أطفال", "دو فرزند"
  arabic: new RegExp(
    `(?:مادر|پدر|همسر|شوهر)[${ARABIC}]*\\s+(?:\\S+\\s+){0,3}?(?:با|و)\\s+(?:\\S+\\s+){0,2}?(?:پسر|دختر|بچه|فرزند)|(?:أم|ام|أب|اب|زوج|زوجة|زوجها|زوجته)\\s+(?:\\S+\\s+){0,3}?(?:مع|و)\\s*(?:\\S+\\s+){0,2}?(?:أطفال|اطفال|أولاد|اولاد|ابن|ابنة|بنات|طفل)|(?:ثلاثة|أربعة|اربعة|خمسة|ستة|\\d)\\s+(?:أطفال|اطفال|أولاد|اولاد|بنات)|(?:دو|سه|چهار|پنج|\\d)\\s+(?:فرزند|بچه|پسر|دختر)`,
    'g',
  ),
  greek: new RegExp(`(?:δύο|τρία|τέσσερα|πέντε|\\d)\\s+παιδιά|(?:μητέρα|μαμά|πατέρας|μπαμπάς)\\s+(?:με|και)\\s+(?:[${GREEK}]+\\s+){0,2}?(?:παιδιά|γιο|κόρη)`, 'gi'),
};

/** One person, or one household, spoken of: what makes the rest a description of someone. */
const PERSON_NOUN =
  '(?:family|household|mum|mom|mam|mother|dad|father|woman|man|lady|gentleman|guy|bloke|lad|lass|girl|boy|couple|widow|widower|teenager|teen|child|kid|baby|grandmother|grandfather|gran|grandma|grandad|client|resident|survivor|refugee|asylum[- ]seeker|person|student|learner|parent|brother|sister|youngster|young (?:man|woman|person|lad|mum|dad))';
export const SPECIFIC_PERSON: readonly Gated[] = [
  wordGated(new RegExp(`${B}(?:a|an|the|this|that|another|one|our new|our newest|the newest|my)\\s+(?:[A-Za-z0-9]+[\\s-]+){0,5}?${PERSON_NOUN}${A}(?!\\s*(?:of (?:the|our) (?:month|year|week)|worker|support|members|group))`, 'gi'), 'family', 'household', 'mum', 'mom', 'mam', 'mother', 'dad', 'father', 'woman', 'man', 'lady', 'gentleman', 'guy', 'bloke', 'lad', 'lass', 'girl', 'boy', 'couple', 'widow', 'widower', 'teenager', 'teen', 'child', 'kid', 'baby', 'grandmother', 'grandfather', 'gran', 'grandma', 'grandad', 'client', 'resident', 'survivor', 'refugee', 'seeker', 'person', 'student', 'learner', 'parent', 'brother', 'sister', 'youngster', 'young'),
  wordGated(new RegExp(`${B}one of (?:our|the|my)\\s+(?:[A-Za-z]+\\s+){0,2}?(?:mums|moms|dads|families|clients|women|ladies|men|young people|lads|girls|boys|residents|survivors|learners|students|service users|parents|refugees|regulars|kids)${A}`, 'gi'), 'one'),
  wordGated(new RegExp(`${B}(?:she|he)\\s+(?:was|came|arrived|fled|moved|had|has been|lives|is living|works|worked|used to|escaped|lost|left)${A}`, 'gi'), 'she', 'he'),
];
/** "the only …": singling out in so many words. */
export const UNIQUE: Gated = wordGated(
  // "the first" only of a person: "the first time" singles no one out.
  new RegExp(`${B}(?:the only|the first (?:[A-Za-z]+[\\s-]+){0,2}?${PERSON_NOUN}|the one who)${A}`, 'gi'),
  'only', 'first', 'one',
);
export const SPECIFIC_OTHER: ScriptPatterns = {
  cyrillic: guardedPattern(`(?<![${CYRILLIC}])`, `(?:родина|сім['’]я|семья|мама|мати|хлопець|дівчина)(?![${CYRILLIC}])`, 'gi'),
  arabic: new RegExp(`(?<![${ARABIC}])(?:عائلة|أسرة|اسرة|أم|سيدة|شاب|خانواده|مادر|پدر|زن|مرد)(?![${ARABIC}])`, 'g'),
  greek: new RegExp(`(?<![${GREEK}])(?:οικογένεια|μητέρα|γυναίκα)(?![${GREEK}])`, 'gi'),
};

/** Singular jobs: "the only Eritrean barber", "was a dentist in Aleppo". */
export const JOBS: ReadonlySet<string> = new Set(
  `doctor dentist nurse midwife teacher lecturer professor engineer electrician plumber builder carpenter joiner
  mechanic barber hairdresser tailor seamstress chef cook baker butcher driver farmer shepherd pharmacist
  accountant lawyer solicitor judge journalist reporter interpreter translator pilot soldier officer policeman
  policewoman architect programmer developer vet surgeon paramedic cleaner carer shopkeeper trader footballer
  musician artist painter decorator welder tiler bricklayer labourer guard receptionist banker economist
  scientist researcher chemist photographer designer dressmaker jeweller goldsmith cobbler fisherman miner nanny
  waiter waitress beautician manicurist physiotherapist optician psychologist imam priest pastor singer poet
  actor athlete boxer wrestler`
    .split(/\s+/)
    .filter(Boolean),
);
/** What comes before a job that someone holds: "a", "the only Eritrean", "was a", "qualified". */
export const JOB_CONTEXT = /(?:^|[^A-Za-z])(?:a|an|the|as a|as an|former|formerly a|trained|qualified|retired|only|works as an?|worked as an?|was an?|is an?|['’]s an?)\s+(?:[A-Za-z]+\s+){0,2}?$/i;
/** "works at the car wash", "a job at the hospital", "runs a shop", "to study engineering". */
export const WORKPLACE: Gated = wordGated(
  new RegExp(
  `${B}(?:works? (?:at|in|for)|working (?:at|in|for)|worked (?:at|in|for)|a job (?:at|in|with)|got a job|runs? (?:a|the|his|her) [a-z]+|owns? (?:a|the) [a-z]+|cutting hair|to (?:do|study) [a-z]+|studying [a-z]+|apprenticeship)${A}`,
  'gi',
),
  'work', 'works', 'working', 'worked', 'job', 'run', 'runs', 'own', 'owns', 'cutting', 'do', 'study', 'studying', 'apprenticeship',
);
export const JOBS_OTHER: ScriptPatterns = {
  cyrillic: guardedPattern(`(?<![${CYRILLIC}])`, `(?:лікар|вчител|медсестр|інженер|водій|перукар|врач|учител)[${CYRILLIC}]*`, 'gi'),
  arabic: new RegExp(`(?<![${ARABIC}])(?:طبيب|طبيبة|مهندس|مهندسة|معلم|معلمة|ممرض|ممرضة|حلاق|خياط|محامي|پزشک|دکتر|پرستار|آرایشگر|خیاط|وکیل)(?![${ARABIC}])`, 'g'),
  greek: new RegExp(`(?<![${GREEK}])(?:γιατρός|δάσκαλ|μηχανικός|νοσηλεύτρια|κομμωτ)[${GREEK}]*`, 'gi'),
};

/** Health conditions and disabilities. */
export const HEALTH: Gated = wordGated(
  new RegExp(
  `${B}(?:multiple sclerosis|diabet[a-z]*|cancer|leukaemia|leukemia|chemo[a-z]*|autis[a-z]*|epilep[a-z]*|wheelchair|blind|partially sighted|deaf|disabled|disability|amputee|amputated|prosthetic|dialysis|kidney failure|pregnant|pregnancy|stroke|dementia|alzheimer[a-z']*|down['’]?s syndrome|cerebral palsy|sickle cell|thalassaemia|heart condition|heart failure|tuberculosis|hepatitis|paralysed|paralyzed|learning disabilit[a-z]*|mental illness|schizophreni[a-z]*|bipolar|terminally ill|terminal illness|seizures?|brain injury|spinal injury|lost (?:a|his|her) (?:leg|arm|hand|eye|sight|hearing)|expecting (?:a|their|her|his) (?:first |second |third )?(?:baby|child|twins))${A}`,
  'gi',
),
  'multiple', 'expecting', 'diabetes', 'diabetic', 'cancer', 'leukaemia', 'leukemia', 'chemo', 'chemotherapy', 'autism', 'autistic', 'epilepsy', 'epileptic', 'wheelchair', 'blind', 'partially', 'deaf', 'disabled', 'disability', 'amputee', 'amputated', 'prosthetic', 'dialysis', 'kidney', 'pregnant', 'pregnancy', 'stroke', 'dementia', 'alzheimer', 'alzheimers', 'alzheimer’s', 'down', 'downs', 'cerebral', 'sickle', 'thalassaemia', 'heart', 'tuberculosis', 'hepatitis', 'paralysed', 'paralyzed', 'learning', 'mental', 'schizophrenia', 'schizophrenic', 'bipolar', 'terminally', 'terminal', 'seizure', 'seizures', 'brain', 'spinal', 'lost',
);
/** Acronyms are case-sensitive ("MS" the condition, not "Ms" the title). */
export const HEALTH_ACRONYM: Gated = wordGated(
  new RegExp(`${B}(?:(?:with|has|had|got) MS|PTSD|ADHD|HIV|TB|COPD|ME\\/CFS)${A}`, 'g'),
  'ms', 'ptsd', 'adhd', 'hiv', 'tb', 'copd', 'me',
);
export const HEALTH_OTHER: ScriptPatterns = {
  arabic: /(?:سكري|سرطان|إعاقة|اعاقة|معاق|كرسي متحرك|حامل|دیابت|معلول|ویلچر|باردار)/g,
  cyrillic: new RegExp(`(?<![${CYRILLIC}])(?:діабет|інвалід|вагітн|онкол|диабет|инвалид|беременн)[${CYRILLIC}]*`, 'gi'),
  greek: new RegExp(`(?<![${GREEK}])(?:αναπηρ|διαβήτ|έγκυος|καρκίν)[${GREEK}]*`, 'gi'),
};

/** A language someone speaks, said of them: "speaks only Tigrinya", "a Dari speaker". */
const LANGUAGES =
  'arabic|dari|pashto|farsi|persian|kurdish|kurmanji|sorani|badini|tigrinya|amharic|oromo|somali|ukrainian|russian|urdu|punjabi|bengali|bangla|tamil|swahili|lingala|french|portuguese|spanish|albanian|turkish|vietnamese|mandarin|cantonese|romanian|polish|hindi|gujarati|hausa|yoruba|igbo|twi|fula|wolof|tigre|nuer|dinka|hazaragi|uzbek|baluchi|balochi|georgian|armenian|greek|italian|german|sign language|BSL|ASL|Auslan|ISL|no english|little english|very little english|any english';
export const LANGUAGE: Gated = wordGated(
  new RegExp(
  `${B}(?:(?:speaks?|speaking|spoke)\\s+(?:only\\s+|just\\s+|mainly\\s+|mostly\\s+|fluent\\s+)?(?:${LANGUAGES})|(?:only|just|mainly)\\s+speaks?\\s+(?:${LANGUAGES})|(?:a|an|the only)\\s+(?:${LANGUAGES})\\s+speaker|(?:${LANGUAGES})[- ]speaking)${A}`,
  'gi',
),
  'speak', 'speaks', 'speaking', 'spoke', 'speaker', '-speaking',
);
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set(LANGUAGES.toLowerCase().split('|').filter((w) => !w.includes(' ')));

/** Faith, said of someone: not festivals (Eid, Christmas), which whole communities share. */
export const RELIGION: Gated = wordGated(
  new RegExp(
  `${B}(?:muslim|christian|yazidi|yezidi|ezidi|ahmadi|ahmadiyya|sikh|hindu|jewish|bahai|baha['’]i|coptic|copt|alevi|druze|mandaean|zoroastrian|buddhist|catholic|evangelical|convert(?:ed)? to [a-z]+|apostate|atheist|sunni|shia|shiite|ismaili)${A}`,
  'gi',
),
  'muslim', 'christian', 'yazidi', 'yezidi', 'ezidi', 'ahmadi', 'ahmadiyya', 'sikh', 'hindu', 'jewish', 'bahai', 'baha', 'coptic', 'copt', 'alevi', 'druze', 'mandaean', 'zoroastrian', 'buddhist', 'catholic', 'evangelical', 'convert', 'converted', 'apostate', 'atheist', 'sunni', 'shia', 'shiite', 'ismaili',
);

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const WHEN = `(?:in\\s+(?:(?:early|late|mid)[- ])?(?:${MONTHS}|\\d{4}|the (?:spring|summer|autumn|winter))|on\\s+[a-z]+day|last\\s+(?:week|month|year|spring|summer|autumn|winter|${MONTHS})|this\\s+(?:week|month|year|spring|summer|autumn|winter)|(?:a|one|two|three|four|five|six|\\d{1,2})\\s+(?:days?|weeks?|months?|years?)\\s+ago|yesterday|recently|(?:in|since|back in)\\s+(?:${MONTHS}|\\d{4})|\\d{4}|(?:${MONTHS})\\s+\\d{4}|on (?:his|her|their) own|alone|unaccompanied|by (?:him|her)self|a year ago(?: today)?)`;
/** Arrival: "arrived in March", "came here on his own in 2019", "landed at Manchester on Tuesday". */
export const ARRIVAL: readonly Gated[] = [
  wordGated(new RegExp(`${B}(?:arrived|arriving|landed|came (?:here|over|to (?:the )?[A-Za-z]+)|come (?:here|over)|fled|fleeing|escaped|moved (?:here|in|into|to)|resettled|got here|reached|stepped off)\\s+(?:\\S+\\s+){0,6}?${WHEN}${A}`, 'gi'), 'arrived', 'arriving', 'landed', 'came', 'come', 'fled', 'fleeing', 'escaped', 'moved', 'resettled', 'got', 'reached', 'stepped'),
  // The time first: "A year ago today, Ahmad … stepped off a plane"; or the journey itself.
  wordGated(new RegExp(`${B}(?:a|one|two|three|four|five|six|\\d{1,2})\\s+(?:weeks?|months?|years?)\\s+ago(?:\\s+today)?,?\\s+(?:\\S+\\s+){0,5}?(?:arrived|landed|stepped off|came|fled|got here)${A}|${B}(?:stepped|got) off (?:a|the) (?:plane|boat|dinghy|coach|lorry)${A}`, 'gi'), 'ago', 'stepped', 'got'),
  wordGated(new RegExp(`${B}(?:just|newly|recently|only just)\\s+(?:arrived|landed|resettled|come)${A}|${B}new arrivals?${A}|${B}(?:since|from)\\s+(?:${MONTHS}|christmas|easter|eid|ramadan|the (?:spring|summer|autumn|winter))${A}|${B}new (?:to|in) (?:[A-Z]|the area|the country|this country|town|the city)`, 'gi'), 'just', 'newly', 'recently', 'arrival', 'arrivals', 'since', 'from', 'new'),
  wordGated(new RegExp(`${B}(?:ARAP|ACRS|VPRS|UKRS|Homes for Ukraine|family reunion visa|resettlement scheme|on a (?:boat|small boat|dinghy|lorry))${A}`, 'g'), 'arap', 'acrs', 'vprs', 'ukrs', 'ukraine', 'reunion', 'resettlement', 'boat', 'dinghy', 'lorry'),
];
export const ARRIVAL_OTHER: ScriptPatterns = {
  // Ukrainian/Russian "з березня" (since March)
  cyrillic: /(?:з|із|с)\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|\d{4})/gi,
  // Persian "تازه … آمده‌اند" (have just come); Arabic "وصلوا … الشهر الماضي" (arrived last month)
  arabic: /(?:تازه|اخیرا|اخیراً)\s+(?:\S+\s+){0,4}?(?:آمده|رسیده)|(?:وصل|وصلت|وصلوا|جاء|جاءت|جاؤوا|قدم|قدمت)\s+(?:\S+\s+){0,4}?(?:الشهر الماضي|الأسبوع الماضي|العام الماضي|السنة الماضية|منذ|في \d{4}|قبل)/g,
  greek: /(?:ήρθ|έφτασ)[\u0370-\u03FF]*\s+(?:\S+\s+){0,4}?(?:πέρσι|τον περασμένο|την περασμένη|το \d{4}|πριν)/gi,
};

/** An adult's or child's age, said of someone: "aged 15", "now 19", "35-year-old". */
export const AGE_ANY: readonly Gated[] = [
  wordGated(new RegExp(`${B}(?:aged|age)\\s+\\d{1,2}${A}(?!\\s*(?:[–—-]|to\\s\\d|\\+|and (?:over|under)))`, 'gi'), 'age', 'aged'),
  wordGated(new RegExp(`${B}\\d{1,2}[\\s-]*(?:year|yr)s?[\\s-]*old${A}`, 'gi'), 'old'),
  wordGated(new RegExp(`${B}(?:now|is|she['’]s|he['’]s)\\s+(?:now\\s+)?\\d{1,2}${A}(?!\\s*(?:[:.]\\d|am|pm|%|minutes|mins|hours|days|weeks|months|years|times|people|families|miles|of\\b))`, 'gi'), '<digit>'),
  wordGated(new RegExp(`${B}in (?:his|her) (?:early |mid |late |mid-)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|\\d0s)${A}`, 'gi'), '<digit>', 'teens', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties'),
];
export const AGE_OTHER_ANY: ScriptPatterns = {
  arabic: /\d{1,2}\s?ساله|(?:عمره|عمرها)\s+\d{1,2}/g,
  cyrillic: /\d{1,2}\s+(?:років|роки|лет|года)/gi,
  greek: /\d{1,2}\s+(?:χρονών|ετών)/gi,
};

/** Where someone lives: a named estate, or a street ("on Leeds Road"). Case-sensitive. */
export const ESTATE: Gated = gated(
  new RegExp(`${B}[${UPPER}][A-Za-z'’-]+\\s+(?:estate|flats|tower|towers)${A}`, 'g'),
  'estate', 'flats', 'tower', 'towers',
);
export const STREET_ON: Gated = wordGated(
  new RegExp(`${B}on\\s+(?:[${UPPER}][A-Za-z'’-]+\\s+){1,2}(?:Road|Street|Lane|Avenue|Close|Drive|Way|Terrace|Court|Crescent|Grove|Rd|St)${A}`, 'g'),
  'on',
);
