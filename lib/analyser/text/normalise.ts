import { COMMON_WORDS } from './common-words.generated';
import { TRANSLITERATION_BLOCKS } from './transliteration.generated';

/**
 * One normal form for names in any script, so that "Олена", "Olena" and "OLENA" meet, and so
 * that the register can be matched through keyed hashes of these keys alone. Both sides (publish
 * and analyse) call the same functions: change them and every published profile must be
 * published again.
 */

const blockCache = new Map<number, string[]>();

/** Code points left as they are (matched in their own script): CJK ideographs, kana, Hangul. */
function keepsOwnScript(cp: number): boolean {
  return (
    (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2fa1f)
  );
}

/**
 * Lower-case ASCII romanisation of a word: diacritics dropped, other alphabets transliterated
 * (any-ascii's tables), CJK and Hangul kept. Letters and digits only.
 *
 * @example nameKey("Al-Khatib’s") === "alkhatibs"; nameKey("Олена") === "olena"
 */
export function nameKey(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 0x80;
  if (ascii) return asciiKey(word);
  let out = '';
  for (const ch of foldGreekDigraphs(word.normalize('NFKD'))) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) out += ch;
      else if (cp >= 0x41 && cp <= 0x5a) out += String.fromCharCode(cp + 32);
      continue;
    }
    if (keepsOwnScript(cp)) {
      out += ch;
      continue;
    }
    const block = cp >>> 8;
    let row = blockCache.get(block);
    if (!row) {
      const source = TRANSLITERATION_BLOCKS[block];
      if (source === undefined) continue;
      row = source.split('\t');
      blockCache.set(block, row);
    }
    const ascii = row[cp & 0xff];
    if (!ascii) continue;
    for (let i = 0; i < ascii.length; i++) {
      const c = ascii.charCodeAt(i);
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) out += ascii[i];
      else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
    }
  }
  return out;
}

/**
 * Greek writes foreign d, b and g with two letters (ντ, μπ, γκ): "Ομίντ" is Omid, "Μπιλάλ" is
 * Bilal. Folded before transliteration so names from other languages meet their Latin form.
 */
function foldGreekDigraphs(word: string): string {
  if (!/[\u0370-\u03ff]/.test(word)) return word;
  return word.replace(/[νΝ][τΤ]/g, 'd').replace(/[μΜ][πΠ]/g, 'b').replace(/[γΓ][κΚ]/g, 'g');
}

/** The common case, plain ASCII: lower case, letters and digits only, no normalisation needed. */
function asciiKey(word: string): string {
  // Most words need no change, or only lower-casing: no string is built letter by letter.
  let clean = true;
  let upper = false;
  for (let i = 0; i < word.length && clean; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else clean = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  }
  if (clean) return upper ? word.toLowerCase() : word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) out += word[i];
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
  }
  return out;
}

function isVowel(ch: string): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'y' || ch === 'w';
}

/**
 * Spellings that sound alike in names, folded before either skeleton is taken: ph→f, x→ks,
 * ck→k, q→k, c→s before e/i/y and k elsewhere, dh→d, th→t, gh→g, z→s, and a final vowel-ending
 * "h" dropped. One pass over the key (it runs for every capitalised word of every draft); a test
 * holds it to the chain of replacements it stands for, which publishing has always used.
 */
export function foldSounds(key: string): string {
  let s = '';
  for (let i = 0; i < key.length; i++) {
    const ch = key[i]!;
    const next = key[i + 1];
    switch (ch) {
      case 'p':
        if (next === 'h') {
          s += 'f';
          i++;
        } else s += ch;
        break;
      case 'x':
        s += 'ks';
        break;
      case 'c':
        if (next === 'k') {
          s += 'k';
          i++;
        } else if (next === 'x') {
          // x is "ks" first, then "ck" is "k": "cx" is "ks".
          s += 'ks';
          i++;
        } else s += next === 'e' || next === 'i' || next === 'y' ? 's' : 'k';
        break;
      case 'q':
        s += 'k';
        break;
      case 'd':
      case 't':
      case 'g':
        s += ch;
        if (next === 'h') i++;
        break;
      case 'z':
        s += 's';
        break;
      default:
        s += ch;
    }
  }
  // A final "h" after a vowel or n is a written vowel ending (Fatemeh, Sarah, Zarghoneh), not a consonant.
  if (s.length > 3 && s.endsWith('h') && /[aeiouyn]/.test(s[s.length - 2]!)) s = s.slice(0, -1);
  return s;
}

/** Initial y and w are consonants (Yassin, Walid); elsewhere they mostly write vowels. */
function isVowelAt(s: string, i: number): boolean {
  const ch = s[i]!;
  if (i === 0 && (ch === 'y' || ch === 'w')) return false;
  return isVowel(ch);
}

/**
 * The consonant skeleton of a key: how a name survives transliteration from scripts that do not
 * write short vowels (Arabic, Persian, Hebrew), and long names' spelling families across
 * languages (Oleksandr, Alexander → "lksndr"). Lossy by design: used only with the guards in the
 * register scan (abjad words, or four consonants or more).
 */
export function skeleton(key: string): string {
  const s = foldSounds(key);
  let out = '';
  let last = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (isVowelAt(s, i) || (ch >= '0' && ch <= '9') || ch === last) continue;
    out += ch;
    last = ch;
  }
  return out;
}

/**
 * The vowel-class skeleton: consonants kept, each run of vowels written "a", a final vowel
 * dropped. Spelling families of one name in Latin letters meet here (Mohammed, Muhammad,
 * Mohamed → "mahamad"; Fatemeh, Fatima → "fatam"; Yaseen, Yassin → "yasan") while different names
 * with the same consonants stay apart (Newroz, Noorzai).
 */
export function vowelSkeleton(key: string): string {
  const s = foldSounds(key);
  let out = '';
  let last = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch >= '0' && ch <= '9') continue;
    const c = isVowelAt(s, i) ? 'a' : ch;
    if (c === last) continue;
    out += c;
    last = c;
  }
  return last === 'a' && out.length > 1 ? out.slice(0, -1) : out;
}

let commonWords: Set<string> | undefined;

/** True for frequent words of the languages our organisations write in ("hope", "will", "line"). */
export function isCommonWord(key: string): boolean {
  commonWords ??= new Set(COMMON_WORDS.split(' '));
  return commonWords.has(key);
}

/** True when the word has letters outside Latin (the key was transliterated, or kept as CJK). */
export function isNonLatin(word: string): boolean {
  return /[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Ethiopic}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Tamil}\p{Script=Gurmukhi}]/u.test(
    word,
  );
}

/** Scripts with capital letters, where a lower-case word is not written as a name. */
export function hasLetterCase(word: string): boolean {
  let ascii = true;
  let letter = false;
  for (let i = 0; i < word.length && ascii; i++) {
    const c = word.charCodeAt(i) | 0x20;
    if (c >= 0x80) ascii = false;
    else if (c >= 0x61 && c <= 0x7a) letter = true;
  }
  if (ascii) return letter;
  return /[\p{Lu}\p{Ll}]/u.test(word) && !/[\p{Lo}]/u.test(word);
}

/** True for scripts written without spaces between words, where names are found as substrings. */
export function isUnspacedScript(word: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(word);
}

/**
 * Scripts that do not write short vowels (abjads): their romanisation is too lossy to meet a
 * Latin key exactly ("عمر" → "mr" would meet "Mr"), so their keys are kept apart (see matchKey).
 */
export function isAbjad(word: string): boolean {
  return /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(word);
}

/** The key a word is matched by: its nameKey, marked when it comes from an abjad. */
export function matchKey(word: string, key = nameKey(word)): string {
  return isAbjad(word) ? `~${key}` : key;
}
