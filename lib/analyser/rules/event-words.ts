/**
 * Words for when and where a session meets, and for telling a closed session for the people an
 * organisation supports from a public event. Shared by private-event and by child-detail's
 * routines. English and the other Latin-script languages come first; Arabic/Persian, Cyrillic
 * and Greek patterns sit apart and run only when the draft holds that script.
 *
 * Speed: no `u` flag and ASCII word guards, so V8 can scan for the first letters quickly
 * (a Unicode look-behind at every position is ten times slower). Every pattern is flat or
 * boundedly repeated: matching stays linear in the text.
 */

/** Word guards for Latin-script words (accented letters count as letters). */
export const B = '(?<![A-Za-z0-9\\u00C0-\\u024F])';
export const A = '(?![A-Za-z0-9\\u00C0-\\u024F])';
/** Letters of the scripts we read, for patterns without the `u` flag. */
export const LETTER = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u1F00-\\u1FFF\\u0400-\\u04FF';
export const UPPER = 'A-Z\\u00C0-\\u00DE\\u0391-\\u03A9\\u0400-\\u042F';
export const ARABIC = '\\u0600-\\u06FF\\u200C';
export const CYRILLIC = '\\u0400-\\u04FF';
export const GREEK = '\\u0370-\\u03FF\\u1F00-\\u1FFF';

/** Which scripts a draft uses, found once, so that patterns for other scripts can be skipped. */
export interface Scripts {
  arabic: boolean;
  cyrillic: boolean;
  greek: boolean;
}
export function scriptsOf(text: string): Scripts {
  return { arabic: /[\u0600-\u06FF]/.test(text), cyrillic: /[\u0400-\u04FF]/.test(text), greek: /[\u0370-\u03FF\u1F00-\u1FFF]/.test(text) };
}

/** Patterns by script: Latin always; the others only when the draft uses that script. */
export interface ScriptPatterns {
  latin?: RegExp;
  arabic?: RegExp;
  cyrillic?: RegExp;
  greek?: RegExp;
}
export function patternsFor(set: ScriptPatterns, scripts: Scripts): RegExp[] {
  const out: RegExp[] = [];
  if (set.latin) out.push(set.latin);
  if (set.arabic && scripts.arabic) out.push(set.arabic);
  if (set.cyrillic && scripts.cyrillic) out.push(set.cyrillic);
  if (set.greek && scripts.greek) out.push(set.greek);
  return out;
}

/** A day of the week, said in full (plurals like "Thursdays" included), in any of our languages. */
export const WEEKDAY: ScriptPatterns = {
  latin: new RegExp(
    `${B}(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|lunes|martes|miércoles|miercoles|jueves|viernes|sábados?|sabados?|domingos?|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)${A}`,
    'gi',
  ),
  arabic: /(?:الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد|دوشنبه|سه‌شنبه|سه شنبه|چهارشنبه|پنجشنبه|پنج‌شنبه|جمعه|شنبه|یکشنبه|یک‌شنبه)/g,
  // Ukrainian and Russian with case endings ("щосереди": every Wednesday)
  cyrillic: new RegExp(
    `(?<![${CYRILLIC}])(?:понеділ[${CYRILLIC}]*|вівтор[${CYRILLIC}]*|серед[аиуі]|четвер[${CYRILLIC}]*|п['’]ятниц[${CYRILLIC}]*|субот[${CYRILLIC}]*|неділ[${CYRILLIC}]*|що(?:понеділка|вівторка|середи|четверга|п['’]ятниці|суботи|неділі)|понедельн[${CYRILLIC}]*|вторник[${CYRILLIC}]*|сред[ау]|четверг[${CYRILLIC}]*|пятниц[${CYRILLIC}]*|суббот[${CYRILLIC}]*|воскресень[${CYRILLIC}]*)`,
    'gi',
  ),
  greek: /(?:δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|δευτέρες|τρίτες|τετάρτες|πέμπτες|παρασκευές|σάββατα|κυριακές)/gi,
};

/** Abbreviated days are only days when capitalised: "sat" and "sun" are ordinary words. */
export const WEEKDAY_SHORT = new RegExp(`${B}(?:Mon|Tues?|Weds?|Thur?s?|Fri|Sat|Sun)s?\\.?${A}`, 'g');

/** Clock times and ranges: 10am, 6.30pm, 10:30, 10–12, 1-3pm, "الساعة 10" (digits pre-normalised). */
export const CLOCK_TIME: ScriptPatterns = {
  latin: new RegExp(
    [
      `${B}\\d{1,2}[:.]\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s?[–—-]\\s?\\d{1,2}(?:[:.]\\d{2})?(?:\\s?[ap]\\.?m\\.?)?)?${A}`,
      `${B}\\d{1,2}\\s?[ap]\\.?m\\.?${A}`,
      `${B}\\d{1,2}\\s?[–—-]\\s?\\d{1,2}(?:[:.]\\d{2})?\\s?(?:[ap]\\.?m\\.?)?${A}(?!\\s*(?:year|yr|y\\.?o|months?|weeks?|miles?|km|%|people|families|children|kids|young|hours|hrs|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))`,
      `${B}(?:um|à|alle|a las|om)\\s\\d{1,2}(?:[:.h]\\d{2})?${A}`,
      `${B}\\d{1,2}\\s?(?:o['’]?clock|h\\d{2}|Uhr)${A}`,
    ].join('|'),
    'gi',
  ),
  arabic: /(?:الساعة|ساعت)\s?\d{1,2}(?:[:.]\d{2})?/g,
  cyrillic: new RegExp(`(?<![${CYRILLIC}])(?:о|об|в)\\s\\d{1,2}(?:[:.]\\d{2})?`, 'gi'),
  greek: /(?:στις|τις)\s\d{1,2}(?:[:.]\d{2})?/gi,
};

/** Words that place a session in time without a clock: tonight, next week… */
export const RELATIVE_TIME: ScriptPatterns = {
  latin: new RegExp(
    // Only times someone could turn up to: "every week" or "weekly" alone says when nothing is.
    `${B}(?:tonight|tomorrow|this (?:evening|afternoon|morning)|same time next week|ce soir|demain|heute abend|morgen|esta noche|mañana|stasera|domani|vanavond)${A}`,
    'gi',
  ),
  arabic: /(?:الليلة|غدا|غداً|بكرة|امشب|فردا)/g,
  cyrillic: /(?:сьогодні ввечері|завтра|сегодня вечером)/gi,
  greek: /(?:απόψε|αύριο)/gi,
};

/** Where: a named venue after "at", a room, a hall, a back entrance. */
export const VENUE: ScriptPatterns = {
  latin: new RegExp(
    [
      `${B}at\\s+(?:the\\s+)?(?:St\\.?\\s+)?[${UPPER}][A-Za-z\\u00C0-\\u024F'’-]+`,
      `${B}(?:[Rr]oom|[Rr]m)\\s?\\d{1,3}${A}`,
      `${B}(?:church|village|community|parish|scout|sports|main|back|function|meeting|upstairs|downstairs|side)\\s+(?:hall|room|centre|center|entrance|door)${A}`,
      `${B}(?:hall|centre|center|chapel|library|mosque|church|gurdwara|temple)${A}`,
      `${B}(?:the )?(?:usual|same) (?:place|venue|spot|room|location)${A}`,
      `${B}(?:à la|au|im|in der|en el|en la|nel|nella|in het)\\s+[${UPPER}]`,
    ].join('|'),
    'g',
  ),
  arabic: /(?:في|در)\s+(?:[A-Z]|قاعة|سالن|مسجد|كنيسة|مركز)/g,
  cyrillic: new RegExp(`(?<![${CYRILLIC}])(?:у|в)\\s+(?:[A-Z\\u0400-\\u042F]|бібліотеці|центрі|залі)`, 'g'),
  greek: /(?:στο|στη|στην)\s+(?:[A-Z\u0391-\u03A9]|αίθουσα)/g,
};

/**
 * Signs that a group is for the people the organisation supports and closed to others, with a
 * weight and a kind: 'who' says whom the group is for (the strongest one counts); 'closed' says
 * it is kept private (only members, by referral, no press, a side door), and these add up.
 */
export const CLOSED_SIGNALS: readonly (readonly [RegExp, number, 'who' | 'closed'])[] = [
  // Who the group is for
  [new RegExp(`${B}survivors?['’]?s?['’]?\\s+(?:group|circle|session|meeting|forum|network|café|cafe|drop-?in)${A}`, 'gi'), 1, 'who'],
  [new RegExp(`${B}(?:support|peer[- ]support|recovery|healing|sharing|counselling|counseling|therapy|therapeutic|bereavement|self[- ]help)\\s+(?:group|circle|session|meeting)s?${A}`, 'gi'), 1, 'who'],
  [new RegExp(`${B}peer[- ]support${A}`, 'gi'), 0.8, 'who'],
  [new RegExp(`${B}(?:DV|DA|domestic (?:abuse|violence)|sexual (?:abuse|violence|assault)|rape)\\s+(?:[A-Za-z]+['’]?s?\\s+){0,2}(?:group|circle|session|programme|program|course|meeting)s?${A}`, 'gi'), 1, 'who'],
  [new RegExp(`${B}(?:freedom programme|recovery toolkit|own my life|pattern changing|power to change)${A}`, 'gi'), 1, 'who'],
  [new RegExp(`${B}(?:women|ladies|mums|mothers|girls|sisters)['’]?s?['’]?\\s+(?:group|circle|session|meeting|drop-?in|space)${A}`, 'gi'), 0.8, 'who'],
  [new RegExp(`${B}(?:young carers|unaccompanied|separated (?:children|young people|minors)|care leavers)${A}`, 'gi'), 1, 'who'],
  [new RegExp(`${B}(?:asylum[- ]seekers|refugees|refugee (?:women|men|families|mums)|new arrivals|newly arrived (?:families|women|mums))['’]?\\s+(?:group|circle|session|drop-?in|support group|café|cafe)${A}`, 'gi'), 1, 'who'],
  [new RegExp(`${B}(?:lgbtq?i?a?\\+?|queer|trans)\\s+(?:youth\\s+|young people['’]?s?\\s+)?(?:group|circle|session|drop-?in|night)${A}`, 'gi'), 0.8, 'who'],
  [new RegExp(`${B}(?:young people|children|teenagers|teens|boys|girls|lads|minors|people|those|kids)\\s+who\\s+(?:have\\s+)?(?:arrived|came (?:to (?:the )?[A-Za-z]+|here|over)|travelled|traveled)\\s+(?:[A-Za-z]+\\s+){0,3}?(?:on their own|alone|by themselves|without (?:their )?(?:parents|family))${A}`, 'gi'), 1, 'who'],
  [new RegExp(`${B}(?:group|session|drop-?in|club|circle|café|cafe|class)\\s+(?:is\\s+)?(?:for|with)\\s+(?:[A-Za-z]+\\s+){0,2}(?:new(?:ly)?[- ]arrived|new arrivals|refugees?|refugee families|asylum[- ]seek(?:ers|ing)|our (?:families|clients|women|mums|young people|residents|service users)|survivors|women who|families who|people who have)`, 'gi'), 1, 'who'],
  [new RegExp(`${B}(?:for|with)\\s+(?:the\\s+)?(?:survivors|women (?:who|from the refuge)|our (?:residents|service users|clients)|residents of the refuge)${A}`, 'gi'), 0.8, 'who'],
  [new RegExp(`${B}(?:mums?|moms?|mothers|parents|dads|families|women|ladies|girls|boys|young people|residents|clients|members|survivors)\\s+(?:from our (?:families|service|project|refuge)\\s+)?only${A}`, 'gi'), 1, 'closed'],
  [new RegExp(`${B}(?:(?:by|on) referral|referral only|invit(?:e|ation) only|closed group|closed session|confidential (?:group|session|meeting|venue|location)|private (?:group|session))${A}`, 'gi'), 1, 'closed'],
  [new RegExp(`${B}(?:no press|no photos|no photographs|no cameras|please don['’]?t share|do not share|don['’]?t share (?:this|the (?:address|venue|location))|keep (?:this|it) (?:private|to yourselves))${A}`, 'gi'), 1, 'closed'],
  // Discreet ways in are a sign the venue is kept quiet
  [new RegExp(`${B}(?:use the (?:side|back|rear) (?:door|entrance|gate)|(?:side|back|rear) (?:door|entrance|gate)|ring the (?:bell|buzzer))${A}`, 'gi'), 0.6, 'closed'],
  [new RegExp(`${B}(?:our|the) group${A}`, 'gi'), 0.3, 'who'],
  [new RegExp(`${B}(?:same time next week|see you all next week),?\\s+(?:ladies|girls|lads|everyone|all)${A}`, 'gi'), 0.4, 'closed'],
  [new RegExp(`${B}(?:drop-?in|mums?\\s*(?:&|and)\\s*tots|stay and play|parents['’]? group|youth group|girls['’]? group)${A}`, 'gi'), 0.3, 'who'],
  // Other languages, in three tiers like the English: support and survivors' groups; women's
  // groups; "only for …". Arabic and Persian, Ukrainian and Russian, Greek, then Latin-script.
  [/(?:مجموعة (?:ال)?دعم|الناجيات|گروه حمایت[\u0600-\u06FF]*|بازماندگان|груп[\u0400-\u04FF]* підтримки|групп[\u0400-\u04FF]* поддержки|ομάδα υποστήριξης|ομάδα αυτοβοήθειας|επιζώσες|groupe de (?:parole|soutien)|Selbsthilfegruppe|grupo de apoyo|gruppo di (?:sostegno|auto-?aiuto)|lotgenotengroep|steungroep)/gi, 1, 'who'],
  [/(?:جلسة (?:ال)?نساء|جلسة للنساء|مجموعة (?:ال)?نساء|لقاء (?:ال)?نساء|جلسه(?:‌ی)? زنان|گروه زنان|жіноч[\u0400-\u04FF]* груп[\u0400-\u04FF]*|зустріч[\u0400-\u04FF]* для жінок|женск[\u0400-\u04FF]* групп[\u0400-\u04FF]*|ομάδα γυναικών|συνάντηση γυναικών|Frauengruppe|Frauentreff|grupo de mujeres|groupe de femmes|gruppo (?:di )?donne|vrouwengroep)/gi, 0.8, 'who'],
  [/(?:للنساء فقط|للأمهات فقط|فقط للأعضاء|للعائلات فقط|فقط برای (?:زنان|خانواده|مادران|اعضا)|(?:тільки|лише) для (?:жінок|членів|мам|родин|учасниць)|только для (?:женщин|членов|мам|семей)|μόνο για (?:γυναίκες|μέλη|μητέρες|οικογένειες)|réservé aux (?:femmes|membres|familles|mères)|nur für (?:Frauen|Mitglieder|Familien|Mütter)|solo para (?:mujeres|miembros|familias|madres)|solo per (?:donne|membri|famiglie|madri)|alleen voor (?:vrouwen|leden|gezinnen|moeders))/gi, 1, 'closed'],
];

/** Signs that an event is public: a fundraiser, an open day, something everyone may come to. Not global: for test(). */
export const PUBLIC_EVENT = new RegExp(
  [
    `${B}(?:all|everyone|everybody|all are|the whole community|whole family) (?:is |are )?(?:very |more than |most )?welcome${A}`,
    `${B}(?:all|any) [a-z]+(?: [a-z]+)? (?:are |is )?(?:very |most )?welcome${A}`,
    `${B}open to (?:all|everyone|everybody|anyone|the public|the whole|all ages|any)${A}`,
    `${B}(?:open day|open evening|open afternoon|info(?:rmation)? (?:evening|session)|fun ?day|fundrais[a-z]*|sponsored (?:walk|run|swim|silence|cycle)|bake sale|jumble sale|car boot|coffee morning|quiz night|festival|concert|gig|AGM|annual general meeting|exhibition|stall|market|supper club|ceilidh|raffle|auction|tickets?|free entry|entry free|admission|eventbrite|book (?:now|your place|a place|online|on)|sign up|register (?:now|online|at)|volunteers? (?:needed|wanted)|just turn up|drop in any ?time|no need to book|bring a friend|bring the family)${A}`,
    '£\\s?\\d|€\\s?\\d|\\$\\s?\\d',
    'ouvert à tous|tout le monde est bienvenu|portes ouvertes|für alle|offen für alle|alle willkommen|tag der offenen tür|para todos|abierto a todos|todos bienvenidos|puertas abiertas|per tutti|aperto a tutti|tutti benvenuti|voor iedereen|iedereen welkom|open dag',
    'للجميع|الدعوة عامة|مفتوح للجميع|مفتوحة للجميع|اليوم المفتوح|برای همه|همه دعوتند|روز باز',
    'для всіх|для всех|всіх охочих|усіх охочих|всех желающих|день відкритих дверей|για όλους|ανοιχτ[\\u0370-\\u03FF]* σε όλους|ελεύθερη είσοδος',
  ].join('|'),
  'i',
);

/**
 * A draft's lower-cased text and its set of words, made once per draft and shared by the
 * recognisers: asking whether a word is present is then a set lookup, not a scan.
 */
export interface DraftText {
  lower: string;
  words: ReadonlySet<string>;
  digits: boolean;
}
let lastDraft: { text: string; value: DraftText } | undefined;
export function draftText(text: string): DraftText {
  if (lastDraft && lastDraft.text === text) return lastDraft.value;
  const lower = text.toLowerCase();
  // Words are runs of a-z, digits and the letters of the scripts we read: the pieces splitting on
  // everything else gives (empty ends included), found in one pass without an array of pieces.
  const words = new Set<string>();
  const n = lower.length;
  for (let start = 0; ; ) {
    let end = start;
    while (end < n && isWordUnit(lower.charCodeAt(end))) end++;
    words.add(lower.slice(start, end));
    if (end >= n) break;
    while (end < n && !isWordUnit(lower.charCodeAt(end))) end++;
    if (end >= n) {
      words.add('');
      break;
    }
    start = end;
  }
  const digits = /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(text);
  const value: DraftText = { lower, words, digits };
  lastDraft = { text, value };
  return value;
}

function isWordUnit(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xdf && c <= 0x24f) || (c >= 0x370 && c <= 0x3ff) ||
    (c >= 0x1f00 && c <= 0x1fff) || (c >= 0x400 && c <= 0x4ff) || (c >= 0x600 && c <= 0x6ff)
  );
}

const PLAIN_WORD = /^[a-z0-9\u00DF-\u024F]+$/;
const plainCache = new Map<string, boolean>();
/** Whether the draft holds a gate word: a whole word (set lookup), or a phrase or stem (a scan). */
export function holds(draft: DraftText, word: string): boolean {
  if (draft.words.has(word)) return true;
  if (word === '<digit>') return draft.digits;
  let plain = plainCache.get(word);
  if (plain === undefined) plainCache.set(word, (plain = PLAIN_WORD.test(word)));
  return !plain && draft.lower.includes(word);
}

/**
 * A pattern with the words it cannot match without ('<digit>' for any digit; a phrase or a stem
 * is searched in the text): most drafts hold none of them, and a lookup is far cheaper than
 * running the pattern.
 */
export interface Gated {
  re: RegExp;
  /** Whole words, looked up in the draft's word set. */
  words: readonly string[];
  /** Phrases and stems, searched for in the lower-cased draft. */
  phrases: readonly string[];
  digits: boolean;
}
export function gated(re: RegExp, ...gate: string[]): Gated {
  return {
    re,
    words: gate.filter((w) => PLAIN_WORD.test(w)),
    phrases: gate.filter((w) => w !== '<digit>' && !PLAIN_WORD.test(w)),
    digits: gate.includes('<digit>'),
  };
}
/** Whether a draft may hold a match for the pattern (no gate: always). */
export function opens(g: Gated, draft: DraftText): boolean {
  if (!g.words.length && !g.phrases.length && !g.digits) return true;
  if (g.digits && draft.digits) return true;
  for (const w of g.words) if (draft.words.has(w)) return true;
  for (const p of g.phrases) if (draft.lower.includes(p)) return true;
  return false;
}
