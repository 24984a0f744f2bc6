import { browser } from 'wxt/browser';
import { parseSourceProfile } from '../profile/validate';
import type { SourceProfile } from '../profile/source.schema';
import type { SigningKeyPair } from '../profile/signing';
import { fromBase64 } from '../analyser/register/keyed-hash';
import {
  PBKDF2_ITERATIONS,
  decryptWithKey,
  deriveKey,
  encryptWithKey,
  isSealedBox,
  randomBytes,
  utf8,
  type SealedBox,
} from './passphrase-crypto';

/**
 * The manager's source profile (the register in plain text) and the organisation's signing key,
 * kept only in this browser and only encrypted: AES-256-GCM under a key stretched from the
 * manager's passphrase with PBKDF2-SHA-256 (600,000 rounds). The passphrase is never stored;
 * without it the profile cannot be read back, by anyone, including us. Forgetting it means
 * importing the source profile again.
 */
export const SOURCE_VAULT_KEY = 'sl:source-vault';
export const VAULT_FORMAT = 'second-look/source-vault@1';
/** Bound into the ciphertext: a box from a profile file cannot be passed off as the vault. */
const ASSOCIATED = VAULT_FORMAT;
export const MIN_PASSPHRASE_LENGTH = 12;

export interface VaultContents {
  source: SourceProfile;
  /** Made at the first publish; signs every profile file the organisation sends out. */
  signingKey?: SigningKeyPair;
  lastPublishedAt?: string;
}

interface VaultRecord {
  format: typeof VAULT_FORMAT;
  savedAt: string;
  box: SealedBox;
}

export type UnlockResult =
  | { ok: true; vault: SourceVault }
  | { ok: false; reason: 'no-vault' | 'wrong-passphrase' | 'damaged' };

/** Why a passphrase is not accepted for a new vault, or undefined when it is. */
export function passphraseProblem(passphrase: string): 'too-short' | undefined {
  return [...passphrase.trim()].length < MIN_PASSPHRASE_LENGTH ? 'too-short' : undefined;
}

/** An unlocked vault: the contents in memory and the derived key to save them again. */
export class SourceVault {
  #key: CryptoKey;
  #salt: Uint8Array;
  #iterations: number;
  contents: VaultContents;
  savedAt: string;

  constructor(key: CryptoKey, salt: Uint8Array, iterations: number, contents: VaultContents, savedAt: string) {
    this.#key = key;
    this.#salt = salt;
    this.#iterations = iterations;
    this.contents = contents;
    this.savedAt = savedAt;
  }

  /** Encrypts and writes the contents. If the write fails, what was stored before stays as it was. */
  async save(contents: VaultContents): Promise<void> {
    const record = await sealRecord(this.#key, this.#salt, this.#iterations, contents);
    await browser.storage.local.set({ [SOURCE_VAULT_KEY]: record });
    this.contents = contents;
    this.savedAt = record.savedAt;
  }

  /** Re-encrypts everything under a new passphrase (new salt); the old passphrase stops working. */
  async changePassphrase(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<void> {
    const salt = randomBytes(16);
    const key = await deriveKey(passphrase, salt, iterations);
    const record = await sealRecord(key, salt, iterations, this.contents);
    await browser.storage.local.set({ [SOURCE_VAULT_KEY]: record });
    this.#key = key;
    this.#salt = salt;
    this.#iterations = iterations;
    this.savedAt = record.savedAt;
  }
}

export async function hasSourceVault(): Promise<boolean> {
  return (await readRecord()) !== undefined;
}

/** When the vault was last saved, readable without the passphrase (for the unlock screen). */
export async function sourceVaultSavedAt(): Promise<string | undefined> {
  return (await readRecord())?.savedAt;
}

/**
 * Starts a vault. Refuses to overwrite one that exists: replacing a stored register must be a
 * deliberate `deleteSourceVault()` first, so a slip cannot lose it.
 */
export async function createSourceVault(
  passphrase: string,
  contents: VaultContents,
  options: { iterations?: number } = {},
): Promise<SourceVault> {
  if (passphraseProblem(passphrase)) throw new Error('passphrase too short');
  if (await hasSourceVault()) throw new Error('a stored profile already exists');
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, iterations);
  const record = await sealRecord(key, salt, iterations, contents);
  await browser.storage.local.set({ [SOURCE_VAULT_KEY]: record });
  return new SourceVault(key, salt, iterations, contents, record.savedAt);
}

/** Opens the vault. A wrong passphrase changes nothing and says so; it never throws. */
export async function unlockSourceVault(passphrase: string): Promise<UnlockResult> {
  const record = await readRecord();
  if (!record) return { ok: false, reason: 'no-vault' };
  let salt: Uint8Array;
  try {
    salt = fromBase64(record.box.salt);
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  const key = await deriveKey(passphrase, salt, record.box.iterations);
  const plain = await decryptWithKey(key, record.box, ASSOCIATED);
  if (!plain) return { ok: false, reason: 'wrong-passphrase' };
  const contents = parseContents(plain);
  if (!contents) return { ok: false, reason: 'damaged' };
  return { ok: true, vault: new SourceVault(key, salt, record.box.iterations, contents, record.savedAt) };
}

/** Forgets the stored source profile and signing key for good (after the manager confirms). */
export async function deleteSourceVault(): Promise<void> {
  await browser.storage.local.remove(SOURCE_VAULT_KEY);
}

async function sealRecord(key: CryptoKey, salt: Uint8Array, iterations: number, contents: VaultContents): Promise<VaultRecord> {
  const box = await encryptWithKey(key, utf8.encode(JSON.stringify(contents)), { salt, iterations }, ASSOCIATED);
  return { format: VAULT_FORMAT, savedAt: new Date().toISOString(), box };
}

async function readRecord(): Promise<VaultRecord | undefined> {
  const stored = (await browser.storage.local.get(SOURCE_VAULT_KEY))[SOURCE_VAULT_KEY] as Partial<VaultRecord> | undefined;
  if (!stored || stored.format !== VAULT_FORMAT || !isSealedBox(stored.box) || typeof stored.savedAt !== 'string') return undefined;
  return stored as VaultRecord;
}

function parseContents(plain: Uint8Array): VaultContents | undefined {
  try {
    const raw = JSON.parse(utf8.decode(plain)) as Partial<VaultContents>;
    const source = parseSourceProfile(raw.source);
    if (!source.ok) return undefined;
    return {
      source: source.profile,
      ...(raw.signingKey ? { signingKey: raw.signingKey } : {}),
      ...(typeof raw.lastPublishedAt === 'string' ? { lastPublishedAt: raw.lastPublishedAt } : {}),
    };
  } catch {
    return undefined;
  }
}
