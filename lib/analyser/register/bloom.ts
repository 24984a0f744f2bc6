/**
 * A keyed Bloom filter over the inputs of every register tag. Most words of a draft are not on
 * the register; checking them here costs a few multiplications instead of an HMAC (about 7 µs
 * each in JavaScript), which is what keeps analysis under a millisecond. A "maybe" is confirmed
 * by the HMAC tag, so false positives cost time, never a wrong finding.
 *
 * Asked about thousands of times per draft, so a question allocates nothing: hashes live in
 * small typed arrays, not in tuples (every tuple was garbage the page had to collect).
 */
/** The filter's code for "some name or phrase starts with this word" (see published.schema.ts). */
export const WORD_GATE = 'w';

export class BloomFilter {
  private readonly size: number;
  /** The value last hashed, and its two hashes (valueHash computed once per word). */
  private value = '';
  private readonly hashed = new Int32Array(2);
  /** Hashes of variant codes ("g", "s2"…), which are few and asked about again and again. */
  private readonly codes = new Map<string, number>();
  private lastCode = '';
  private lastCodeHash = 0;

  constructor(
    readonly bits: Uint8Array,
    readonly hashes: number,
    readonly seed: number,
  ) {
    this.size = bits.length * 8;
  }

  static create(entries: number, seed: number, bitsPerEntry = 12, hashes = 6): BloomFilter {
    const bytes = Math.max(64, Math.ceil((Math.max(1, entries) * bitsPerEntry) / 8));
    return new BloomFilter(new Uint8Array(bytes), hashes, seed);
  }

  /** Adds the pair (variant code, normalised value). */
  add(code: string, value: string): void {
    this.hashValue(value);
    const c = this.codeHash(code);
    const h1 = fmix(this.hashed[0]! ^ c);
    const h2 = fmix(Math.imul(this.hashed[1]!, 0x9e3779b1) ^ c) | 1;
    for (let i = 0; i < this.hashes; i++) {
      const index = ((h1 + Math.imul(i, h2)) >>> 0) % this.size;
      this.bits[index >>> 3]! |= 1 << (index & 7);
    }
  }

  /** Whether (code, value) may be present. Asking about one value under several codes hashes it once. */
  mightContain(code: string, value: string): boolean {
    this.hashValue(value);
    const c = this.codeHash(code);
    const h1 = fmix(this.hashed[0]! ^ c);
    const h2 = fmix(Math.imul(this.hashed[1]!, 0x9e3779b1) ^ c) | 1;
    for (let i = 0; i < this.hashes; i++) {
      const index = ((h1 + Math.imul(i, h2)) >>> 0) % this.size;
      if ((this.bits[index >>> 3]! & (1 << (index & 7))) === 0) return false;
    }
    return true;
  }

  private hashValue(value: string): void {
    if (value === this.value && value !== '') return;
    this.value = value;
    valueHashInto(value, this.seed, this.hashed);
  }

  private codeHash(code: string): number {
    // Callers ask under one code many times in a row (the word gate, for every word).
    if (code === this.lastCode) return this.lastCodeHash;
    let c = this.codes.get(code);
    if (c === undefined) {
      c = 0x811c9dc5;
      for (let i = 0; i < code.length; i++) c = Math.imul(c ^ code.charCodeAt(i), 0x01000193);
      this.codes.set(code, c);
    }
    this.lastCode = code;
    this.lastCodeHash = c;
    return c;
  }
}

/** Two 32-bit MurmurHash3-style hashes of a value's UTF-16 code units, seeded with the filter's key. */
function valueHashInto(value: string, seed: number, out: Int32Array): void {
  let a = seed ^ 0x9e3779b9;
  let b = Math.imul(seed, 0x85ebca6b) ^ 0xc2b2ae35;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    a = Math.imul(a ^ c, 0xcc9e2d51);
    a = (a << 15) | (a >>> 17);
    b = Math.imul(b ^ c, 0x1b873593);
    b = (b << 13) | (b >>> 19);
    b = (Math.imul(b, 5) + 0xe6546b64) | 0;
  }
  out[0] = fmix(a ^ value.length);
  out[1] = fmix(b ^ value.length);
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
