import { z } from 'zod';
import { fromBase64, toBase64 } from '../analyser/register/keyed-hash';
import { PBKDF2_ITERATIONS, isSealedBox, openText, sealText, utf8, type SealedBox } from '../storage/passphrase-crypto';
import { describeIssues, type ProfileProblem } from './validate';
import { PUBLISHED_FORMAT, publishedProfileSchema, type PublishedProfile } from './published.schema';
import { SOURCE_FORMAT } from './source.schema';

/**
 * The profile file volunteers install: the published profile, signed with the organisation's
 * ECDSA P-256 key (made at the first publish, kept in the manager's encrypted store) and,
 * optionally, encrypted under a passphrase (PBKDF2-SHA-256, 600,000 rounds, AES-256-GCM).
 *
 * Layout (`second-look/profile-file@1`):
 *   { format, about, publicKey: JWK, body: "<JSON text>", signature: base64 (P1363 r‖s) }
 * The signature covers `format + "\n" + body`, byte for byte, so no canonical JSON is needed.
 * The body holds { organisation, publishedAt, profile } or, when protected,
 * { organisation, publishedAt, sealed }: the seal is signed too, so a changed byte is caught
 * before anyone is asked for a passphrase.
 *
 * The key in the file proves only that the file is unchanged since someone signed it. Trust
 * comes from pinning: the first key a browser accepts is remembered, and a later file signed by
 * another key needs the person's explicit confirmation (see ../storage/active-profile.ts).
 */
export const PROFILE_FILE_FORMAT = 'second-look/profile-file@1';
export const PROFILE_FILE_EXTENSION = '.secondlook.json';
/** Far above any real register (10,000 people publish to about 4 MB). */
export const MAX_PROFILE_FILE_BYTES = 64 * 1024 * 1024;

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface PublicKeyJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

export interface SigningKeyPair {
  privateJwk: JsonWebKey;
  publicJwk: PublicKeyJwk;
  createdAt: string;
}

const publicJwkSchema = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  y: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

const envelopeSchema = z.object({
  format: z.literal(PROFILE_FILE_FORMAT),
  publicKey: publicJwkSchema,
  body: z.string(),
  signature: z.string(),
});

const bodySchema = z.object({
  organisation: z.string(),
  publishedAt: z.string(),
  profile: z.unknown().optional(),
  sealed: z.unknown().optional(),
});

export type ProfileFileProblem =
  | 'too-large'
  | 'truncated'
  | 'not-a-profile-file'
  | 'source-profile'
  | 'unsigned'
  | 'newer-format'
  | 'tampered'
  | 'needs-passphrase'
  | 'wrong-passphrase'
  | 'invalid-profile';

export type ReadProfileFileResult =
  | {
      ok: true;
      profile: PublishedProfile;
      publicKey: PublicKeyJwk;
      fingerprint: string;
      protected: boolean;
    }
  | {
      ok: false;
      problem: ProfileFileProblem;
      /** Only once the signature checks out: whose file it is, for the passphrase prompt. */
      organisation?: string;
      /** For `invalid-profile`: which fields, never their values. */
      details?: ProfileProblem[];
    };

/** Makes the organisation's signing key pair (once, at the first publish). */
export async function createSigningKey(now = new Date()): Promise<SigningKeyPair> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const publicJwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { privateJwk, publicJwk: toPublicJwk(publicJwk), createdAt: now.toISOString() };
}

/**
 * RFC 7638 thumbprint of a P-256 public key (SHA-256 over its canonical JWK), base64url.
 * The same key always gives the same fingerprint, whatever else the JWK carries.
 */
export async function keyFingerprint(key: PublicKeyJwk): Promise<string> {
  const canonical = `{"crv":"${key.crv}","kty":"${key.kty}","x":"${key.x}","y":"${key.y}"}`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8.encode(canonical)));
  return toBase64(digest).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The first 80 bits of a fingerprint as five groups of four letters and digits, to read out over the phone. */
export function formatFingerprint(fingerprint: string): string {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(fingerprint.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return fingerprint;
  }
  const hex = [...bytes.subarray(0, 10)].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

export interface WriteProfileFileOptions {
  /** Encrypts the profile inside the file; the volunteer needs it once, to install. */
  passphrase?: string;
  iterations?: number;
}

/** Signs (and optionally encrypts) a published profile into the text of a profile file. */
export async function writeProfileFile(
  profile: PublishedProfile,
  key: SigningKeyPair,
  options: WriteProfileFileOptions = {},
): Promise<string> {
  const head = { organisation: profile.organisation.name, publishedAt: profile.publishedAt };
  const body = options.passphrase
    ? JSON.stringify({
        ...head,
        sealed: await sealText(options.passphrase, JSON.stringify(profile), sealAssociated(head), options.iterations ?? PBKDF2_ITERATIONS),
      })
    : JSON.stringify({ ...head, profile });
  const privateKey = await crypto.subtle.importKey('jwk', key.privateJwk, ALGORITHM, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign(SIGN, privateKey, signedBytes(body) as BufferSource));
  const file = {
    format: PROFILE_FILE_FORMAT,
    about:
      'A Second Look organisation profile. Install it from Second Look in your browser: open the extension and choose "Import profile". It holds no names in plain text.',
    publicKey: key.publicJwk,
    body,
    signature: toBase64(signature),
  };
  return JSON.stringify(file, null, 1);
}

/**
 * Reads a profile file, all or nothing. Order matters: the shape, then the signature (so a
 * changed byte is reported as such and no passphrase is asked for a forged file), then the
 * passphrase, then the published profile's own schema. Never throws.
 */
export async function readProfileFile(text: string, options: { passphrase?: string } = {}): Promise<ReadProfileFileResult> {
  if (text.length > MAX_PROFILE_FILE_BYTES) return { ok: false, problem: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: looksLikeJsonStart(text) ? 'truncated' : 'not-a-profile-file' };
  }
  const format = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).format : undefined;
  if (format === SOURCE_FORMAT) return { ok: false, problem: 'source-profile' };
  if (format === PUBLISHED_FORMAT) return { ok: false, problem: 'unsigned' };
  if (typeof format === 'string' && /^second-look\/profile-file@\d+$/.test(format) && format !== PROFILE_FILE_FORMAT) {
    return { ok: false, problem: 'newer-format' };
  }
  if (format !== PROFILE_FILE_FORMAT) return { ok: false, problem: 'not-a-profile-file' };

  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, problem: 'tampered' };
  const { publicKey, body, signature } = envelope.data;
  if (!(await verify(publicKey, body, signature))) return { ok: false, problem: 'tampered' };

  // From here on the body is exactly what the key's holder signed.
  let parsedBody: z.output<typeof bodySchema>;
  try {
    const result = bodySchema.safeParse(JSON.parse(body));
    if (!result.success) return { ok: false, problem: 'tampered' };
    parsedBody = result.data;
  } catch {
    return { ok: false, problem: 'tampered' };
  }
  const head = { organisation: parsedBody.organisation, publishedAt: parsedBody.publishedAt };

  let profileValue: unknown = parsedBody.profile;
  const isProtected = parsedBody.sealed !== undefined;
  if (isProtected) {
    if (!isSealedBox(parsedBody.sealed)) return { ok: false, problem: 'tampered' };
    if (!options.passphrase) return { ok: false, problem: 'needs-passphrase', organisation: head.organisation };
    const opened = await openText(options.passphrase, parsedBody.sealed as SealedBox, sealAssociated(head));
    if (!opened.ok) return { ok: false, problem: opened.reason === 'damaged' ? 'tampered' : 'wrong-passphrase', organisation: head.organisation };
    try {
      profileValue = JSON.parse(opened.text);
    } catch {
      return { ok: false, problem: 'tampered' };
    }
  }

  const profile = publishedProfileSchema.safeParse(profileValue);
  if (!profile.success) {
    return { ok: false, problem: 'invalid-profile', organisation: head.organisation, details: describeIssues(profile.error.issues).slice(0, 20) };
  }
  if (profile.data.organisation.name !== head.organisation || profile.data.publishedAt !== head.publishedAt) {
    return { ok: false, problem: 'tampered' };
  }
  return { ok: true, profile: profile.data, publicKey, fingerprint: await keyFingerprint(publicKey), protected: isProtected };
}

function signedBytes(body: string): Uint8Array {
  return utf8.encode(`${PROFILE_FILE_FORMAT}\n${body}`);
}

function sealAssociated(head: { organisation: string; publishedAt: string }): string {
  return `${PROFILE_FILE_FORMAT}\n${head.organisation}\n${head.publishedAt}`;
}

async function verify(publicKey: PublicKeyJwk, body: string, signature: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('jwk', { ...publicKey, ext: true }, ALGORITHM, false, ['verify']);
    const sig = fromBase64(signature);
    if (sig.length !== 64) return false;
    return await crypto.subtle.verify(SIGN, key, sig as BufferSource, signedBytes(body) as BufferSource);
  } catch {
    return false;
  }
}

function toPublicJwk(jwk: JsonWebKey): PublicKeyJwk {
  return { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! };
}

function looksLikeJsonStart(text: string): boolean {
  return /^\s*\uFEFF?\s*[{[]/.test(text);
}
