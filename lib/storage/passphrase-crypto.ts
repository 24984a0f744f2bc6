import { fromBase64, toBase64 } from '../analyser/register/keyed-hash';

/**
 * Passphrase encryption, shared by the manager's encrypted source profile (source-store.ts) and
 * passphrase-protected profile files (../profile/signing.ts): PBKDF2-SHA-256 stretches the
 * passphrase into an AES-256-GCM key; GCM's tag means a wrong passphrase or a changed byte is
 * detected, never silently decrypted into rubbish. WebCrypto only; nothing leaves the device.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. About 0.2 s on a 2-core laptop. */
export const PBKDF2_ITERATIONS = 600_000;
/** Files written elsewhere may choose more; fewer than this is refused as unsafe, more than the max as a denial of service. */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;

export interface SealedBox {
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  cipher: 'AES-256-GCM';
  iv: string;
  data: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts bytes under an already derived key; a fresh 96-bit IV every time. */
export async function encryptWithKey(
  key: CryptoKey,
  plain: Uint8Array,
  meta: { salt: Uint8Array; iterations: number },
  associated: string,
): Promise<SealedBox> {
  const iv = randomBytes(12);
  const data = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: encoder.encode(associated) },
      key,
      plain as BufferSource,
    ),
  );
  return {
    kdf: 'PBKDF2-SHA-256',
    iterations: meta.iterations,
    salt: toBase64(meta.salt),
    cipher: 'AES-256-GCM',
    iv: toBase64(iv),
    data: toBase64(data),
  };
}

/** Returns the plain bytes, or undefined when the key is wrong or the box has been changed. */
export async function decryptWithKey(key: CryptoKey, box: SealedBox, associated: string): Promise<Uint8Array | undefined> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(box.iv) as BufferSource, additionalData: encoder.encode(associated) },
      key,
      fromBase64(box.data) as BufferSource,
    );
    return new Uint8Array(plain);
  } catch {
    return undefined;
  }
}

export async function sealText(passphrase: string, text: string, associated: string, iterations = PBKDF2_ITERATIONS): Promise<SealedBox> {
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, iterations);
  return encryptWithKey(key, encoder.encode(text), { salt, iterations }, associated);
}

export type OpenResult = { ok: true; text: string; key: CryptoKey } | { ok: false; reason: 'wrong-passphrase' | 'damaged' };

/**
 * Opens a box with a passphrase. AES-GCM cannot tell a wrong passphrase from a changed byte;
 * both come back as `wrong-passphrase` unless the box's own shape is broken (`damaged`).
 */
export async function openText(passphrase: string, box: SealedBox, associated: string): Promise<OpenResult> {
  if (!isSealedBox(box)) return { ok: false, reason: 'damaged' };
  let salt: Uint8Array;
  try {
    salt = fromBase64(box.salt);
    fromBase64(box.iv);
    fromBase64(box.data);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const key = await deriveKey(passphrase, salt, box.iterations);
  const plain = await decryptWithKey(key, box, associated);
  if (!plain) return { ok: false, reason: 'wrong-passphrase' };
  try {
    return { ok: true, text: decoder.decode(plain), key };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}

export function isSealedBox(value: unknown): value is SealedBox {
  if (typeof value !== 'object' || value === null) return false;
  const box = value as Record<string, unknown>;
  return (
    box.kdf === 'PBKDF2-SHA-256' &&
    box.cipher === 'AES-256-GCM' &&
    typeof box.iterations === 'number' &&
    Number.isInteger(box.iterations) &&
    box.iterations >= MIN_ITERATIONS &&
    box.iterations <= MAX_ITERATIONS &&
    typeof box.salt === 'string' &&
    typeof box.iv === 'string' &&
    typeof box.data === 'string'
  );
}

export const utf8 = {
  encode: (text: string) => encoder.encode(text),
  decode: (bytes: Uint8Array) => decoder.decode(bytes),
};
