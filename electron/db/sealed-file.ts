/**
 * The encrypted archive of conventions purged under the retention period.
 * File format (version 1): one header line of JSON, then the ciphertext.
 *
 *   {"format":"cae-archive-conservation","version":1,"kdf":"scrypt","N":32768,"r":8,"p":1,
 *    "salt":"<16 bytes, base64>","cipher":"aes-256-gcm","iv":"<12 bytes, base64>","tag":"<16 bytes, base64>"}\n
 *   <AES-256-GCM ciphertext of the UTF-8 JSON document>
 *
 * The key is scrypt(passphrase, salt, 32 bytes, N, r, p): without the
 * passphrase the file says nothing but its header; a wrong passphrase or a
 * changed byte fails the GCM tag.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { AppError } from '../../shared/api/result';

/** Each kind of sealed file, and how a refusal names it. */
const FORMATS = {
  'cae-archive-conservation': 'une archive de conservation',
  'cae-quarantaine': 'une copie gardée en quarantaine',
} as const;
export type SealedFormat = keyof typeof FORMATS;
const KDF = { N: 32768, r: 8, p: 1 } as const;
const MAXMEM = 128 * 1024 * 1024;

interface Header {
  format: SealedFormat;
  version: 1;
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  cipher: 'aes-256-gcm';
  iv: string;
  tag: string;
}

const key = (passphrase: string, salt: Buffer, kdf: { N: number; r: number; p: number }) =>
  scryptSync(passphrase.normalize('NFC'), salt, 32, { ...kdf, maxmem: MAXMEM });

/** The sealed file's bytes: header line and ciphertext of `plaintext`. */
export function seal(plaintext: string | Uint8Array, passphrase: string, format: SealedFormat): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(passphrase, salt, KDF), iv);
  const body = Buffer.concat([typeof plaintext === 'string' ? cipher.update(plaintext, 'utf8') : cipher.update(plaintext), cipher.final()]);
  const header: Header = {
    format,
    version: 1,
    kdf: 'scrypt',
    ...KDF,
    salt: salt.toString('base64'),
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]);
}

function readHeader(file: Buffer, format: SealedFormat): { header: Header; body: Buffer } {
  const end = file.indexOf(0x0a);
  let header: Partial<Header> | undefined;
  try {
    header = end > 0 ? (JSON.parse(file.subarray(0, end).toString('utf8')) as Partial<Header>) : undefined;
  } catch {
    header = undefined;
  }
  const known = header?.format === format && header.version === 1 && header.kdf === 'scrypt' && header.cipher === 'aes-256-gcm';
  // Bounded cost: a forged header cannot make scrypt take the machine's memory.
  if (!known || header!.N! > 1 << 20 || header!.r! > 16 || header!.p! > 4) {
    throw new AppError('INVALID_INPUT', `Ce fichier n'est pas ${FORMATS[format]} de l'application (format inconnu).`);
  }
  return { header: header as Header, body: file.subarray(end + 1) };
}

/** The content of a sealed file; a wrong passphrase or a damaged file is refused in French. */
export function unseal(file: Buffer, passphrase: string, format: SealedFormat): Buffer {
  const { header, body } = readHeader(file, format);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(passphrase, Buffer.from(header.salt, 'base64'), header), Buffer.from(header.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(header.tag, 'base64'));
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new AppError('INVALID_INPUT', `Ce fichier ne peut pas être déchiffré : phrase secrète incorrecte, ou fichier modifié.`);
  }
}

/** The format of a sealed file, read from its header line; undefined for any other file. */
export function sealedFormat(file: Buffer): SealedFormat | undefined {
  const end = file.indexOf(0x0a);
  try {
    const format = end > 0 ? (JSON.parse(file.subarray(0, end).toString('utf8')) as { format?: unknown }).format : undefined;
    return typeof format === 'string' && format in FORMATS ? (format as SealedFormat) : undefined;
  } catch {
    return undefined;
  }
}

/** The retention archive (services/retention.ts): a JSON document. */
export const encryptArchive = (plaintext: string, passphrase: string): Buffer => seal(plaintext, passphrase, 'cae-archive-conservation');
export const decryptArchive = (file: Buffer, passphrase: string): string => unseal(file, passphrase, 'cae-archive-conservation').toString('utf8');
