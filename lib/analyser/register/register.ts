import type { PublishedProfile } from '../../profile/published.schema';
import type { RuleId } from '../../profile/rule-ids';
import { BloomFilter, WORD_GATE } from './bloom';
import { createTagger, fromBase64, type TagFunction } from './keyed-hash';

export type EntryType = 'person' | 'place' | 'term';

/** Which register entry a tag belongs to. Never its text: the register holds none. */
export interface EntryRef {
  type: EntryType;
  index: number;
}

export interface RegisterPerson {
  kind: 'client' | 'family' | 'child';
  minorUntil?: string;
  household?: number;
}

/**
 * The published register, ready to answer "is this variant on it, and whose is it?".
 * A question costs a Bloom check; only a "maybe" costs an HMAC.
 */
export class Register {
  private constructor(
    readonly people: readonly RegisterPerson[],
    readonly places: readonly { kind: string }[],
    readonly terms: readonly { rule: RuleId }[],
    private readonly bloom: BloomFilter | undefined,
    private readonly tag: TagFunction,
    private readonly entries: Map<string, EntryRef[]>,
    /** The phrase lengths (in words) present on the register, longest first. */
    readonly phraseLengths: readonly number[],
    /** Whether the filter holds the word gate (profiles published before it do not). */
    private readonly wordGate: boolean,
  ) {}

  static empty(): Register {
    return new Register([], [], [], undefined, () => '', new Map(), [], false);
  }

  static fromPublished(published: PublishedProfile): Register {
    const r = published.register;
    const width = Math.ceil(r.tagBytes / 3) * 4;
    const entries = new Map<string, EntryRef[]>();
    const lengths = new Set<number>();
    const index = (type: EntryType, list: readonly { tags: Record<string, string> }[]) =>
      list.forEach((item, i) => {
        for (const [code, tags] of Object.entries(item.tags)) {
          if (code.startsWith('p')) lengths.add(Number(code.slice(1)));
          for (let o = 0; o + width <= tags.length; o += width) {
            const key = `${code}|${tags.slice(o, o + width)}`;
            const refs = entries.get(key);
            if (refs) refs.push({ type, index: i });
            else entries.set(key, [{ type, index: i }]);
          }
        }
      });
    index('person', r.people);
    index('place', r.places);
    index('term', r.terms);
    const bloom = new BloomFilter(fromBase64(r.bloom.bits), r.bloom.hashes, r.bloom.seed);
    return new Register(
      r.people.map(({ kind, minorUntil, household }) => ({ kind, minorUntil, household })),
      r.places.map(({ kind }) => ({ kind })),
      r.terms.map(({ rule }) => ({ rule })),
      bloom,
      createTagger(fromBase64(r.key), r.tagBytes),
      entries,
      [...lengths].sort((a, b) => b - a),
      r.bloom.words === true,
    );
  }

  get isEmpty(): boolean {
    return this.entries.size === 0;
  }

  /**
   * Answers already computed, for words the Bloom filter let through. Typing re-analyses the
   * same draft on every pause, so the few words that cost an HMAC are asked about again and
   * again. Bounded (a few hundred kilobytes at most), and it holds only words already typed.
   */
  private readonly answers = new Map<string, readonly EntryRef[]>();

  /** The entries whose variant `code` has this normalised value ("g", "ahmad"). */
  find(code: string, value: string): readonly EntryRef[] {
    // Callers ask about one word under several codes in a row: the filter hashes the word once.
    if (!this.bloom || !value || !this.bloom.mightContain(code, value)) return NONE;
    const input = `${code}:${value}`;
    const known = this.answers.get(input);
    if (known) return known;
    const refs = this.entries.get(`${code}|${this.tag(input)}`) ?? NONE;
    if (this.answers.size >= ANSWERS_KEPT) this.answers.clear();
    this.answers.set(input, refs);
    return refs;
  }

  /**
   * False when no given, family or whole name, and no phrase, can be this word: one Bloom check
   * that spares the per-code ones for the great majority of a draft's words.
   */
  mayHoldWord(value: string): boolean {
    if (!this.bloom || !value) return false;
    return !this.wordGate || this.bloom.mightContain(WORD_GATE, value);
  }

  findPerson(code: string, value: string): number | undefined {
    return this.find(code, value).find((e) => e.type === 'person')?.index;
  }

  /** Whether a person is under 18 on `today` (YYYY-MM-DD). */
  isMinor(person: number, today: string): boolean {
    const p = this.people[person];
    if (!p) return false;
    if (p.minorUntil) return p.minorUntil > today;
    return p.kind === 'child';
  }
}

// Not frozen: a frozen array loses V8's fast iteration, and this one is returned for most words.
/** Enough for every register word of dozens of long drafts; cleared whole when full. */
const ANSWERS_KEPT = 8192;

const NONE: readonly EntryRef[] = [];
