import { createHmacSha256 } from './hmac-sha256';

/**
 * HMAC-SHA-256 tags for register variants. Publishing and matching must produce the same tags;
 * both use the synchronous implementation in hmac-sha256.ts (WebCrypto has no synchronous API
 * and is too slow per call for 600,000 tags), and a test checks it against WebCrypto.
 */
const encoder = new TextEncoder();

export type TagFunction = (input: string) => string;

/** A synchronous tagger: base64 of the first `tagBytes` bytes of HMAC-SHA-256(key, input). */
export function createTagger(key: Uint8Array, tagBytes: number): TagFunction {
  const mac = createHmacSha256(key);
  return (input) => toBase64(mac(input).subarray(0, tagBytes));
}

/** The same tag through WebCrypto: the reference the tests hold the synchronous tagger to. */
export async function createWebCryptoTagger(key: Uint8Array, tagBytes: number) {
  const cryptoKey = await crypto.subtle.importKey('raw', key as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (input: string): Promise<string> => {
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(input)));
    return toBase64(mac.subarray(0, tagBytes));
  };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + '=';
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new Error('not base64');
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
