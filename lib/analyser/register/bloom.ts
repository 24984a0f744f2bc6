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

  add(input: string): void {
    const size = this.bits.length * 8;
    const [h1, h2] = this.hashPair(input);
    for (let i = 0; i < this.hashes; i++) {
      const bit = (h1 + Math.imul(i, h2)) >>> 0;
      const index = bit % size;
      this.bits[index >>> 3]! |= 1 << (index & 7);
    }
  }

  mightContain(input: string): boolean {
    const size = this.bits.length * 8;
    const [h1, h2] = this.hashPair(input);
    for (let i = 0; i < this.hashes; i++) {
      const index = ((h1 + Math.imul(i, h2)) >>> 0) % size;
      if ((this.bits[index >>> 3]! & (1 << (index & 7))) === 0) return false;
    }
    return true;
  }

  /** Two 32-bit MurmurHash3-style hashes of the UTF-16 code units, seeded with the filter's key. */
  private hashPair(input: string): [number, number] {
    let a = this.seed ^ 0x9e3779b9;
    let b = Math.imul(this.seed, 0x85ebca6b) ^ 0xc2b2ae35;
    for (let i = 0; i < input.length; i++) {
      const c = input.charCodeAt(i);
      a = Math.imul(a ^ c, 0xcc9e2d51);
      a = (a << 15) | (a >>> 17);
      b = Math.imul(b ^ c, 0x1b873593);
      b = (b << 13) | (b >>> 19);
      b = (Math.imul(b, 5) + 0xe6546b64) | 0;
    }
    return [fmix(a ^ input.length), fmix(b ^ input.length) | 1];
  }
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
