/**
 * A keyed Bloom filter over the inputs of every register tag. Most words of a draft are not on
 * the register; checking them here costs a few multiplications instead of an HMAC (about 7 µs
 * each in JavaScript), which is what keeps analysis under a millisecond. A "maybe" is confirmed
 * by the HMAC tag, so false positives cost time, never a wrong finding.
 */
export class BloomFilter {
  constructor(
    readonly bits: Uint8Array,
    readonly hashes: number,
    readonly seed: number,
  ) {}

  static create(entries: number, seed: number, bitsPerEntry = 12, hashes = 6): BloomFilter {
    const bytes = Math.max(64, Math.ceil((Math.max(1, entries) * bitsPerEntry) / 8));
    return new BloomFilter(new Uint8Array(bytes), hashes, seed);
  }

  /** Adds the pair (variant code, normalised value). */
  add(code: string, value: string): void {
    const size = this.bits.length * 8;
    const [h1, h2] = this.probe(code, valueHash(value, this.seed));
    for (let i = 0; i < this.hashes; i++) {
      const index = ((h1 + Math.imul(i, h2)) >>> 0) % size;
      this.bits[index >>> 3]! |= 1 << (index & 7);
    }
  }

  /**
   * Whether (code, value) may be present. The value's hash comes from valueHash(), computed
   * once per word and reused for every variant code asked about it: no strings are built.
   */
  mightContain(code: string, hashed: ValueHash): boolean {
    const size = this.bits.length * 8;
    const [h1, h2] = this.probe(code, hashed);
    for (let i = 0; i < this.hashes; i++) {
      const index = ((h1 + Math.imul(i, h2)) >>> 0) % size;
      if ((this.bits[index >>> 3]! & (1 << (index & 7))) === 0) return false;
    }
    return true;
  }

  private probe(code: string, hashed: ValueHash): [number, number] {
    let c = 0x811c9dc5;
    for (let i = 0; i < code.length; i++) c = Math.imul(c ^ code.charCodeAt(i), 0x01000193);
    return [fmix(hashed[0] ^ c), fmix(Math.imul(hashed[1], 0x9e3779b1) ^ c) | 1];
  }
}

export type ValueHash = readonly [number, number];

/** Two 32-bit MurmurHash3-style hashes of a value's UTF-16 code units, seeded with the filter's key. */
export function valueHash(value: string, seed: number): ValueHash {
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
  return [fmix(a ^ value.length), fmix(b ^ value.length)];
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
