/**
 * On the desktop the workspace's passphrase is kept by the operating system's
 * keychain through Electron's safeStorage (DPAPI on Windows, the Keychain on
 * macOS, libsecret/kwallet on Linux): the file beside the database holds only
 * what safeStorage encrypted, readable by this user's session alone. Where
 * safeStorage has no real keychain (Linux `basic_text`, which only obfuscates),
 * nothing is remembered and the passphrase is asked at each start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeFileDurably } from '../sync/files';

/** What is used of Electron's `safeStorage` (injected, so the tests need no Electron). */
export interface Keychain {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?: () => string;
}

export const VAULT_FILE = 'phrase-secrete.trousseau';

function usable(keychain: Keychain): boolean {
  if (!keychain.isEncryptionAvailable()) return false;
  return keychain.getSelectedStorageBackend?.() !== 'basic_text';
}

/** Keeps the passphrase, encrypted by the keychain, beside the database (0600); nothing when no real keychain exists. */
export function rememberPassphrase(keychain: Keychain, dataDir: string, passphrase: string): boolean {
  if (!usable(keychain)) return false;
  writeFileDurably(path.join(dataDir, VAULT_FILE), keychain.encryptString(passphrase));
  return true;
}

/** The passphrase kept for this data folder, or undefined (none kept, no keychain, or kept by another user or computer). */
export function rememberedPassphrase(keychain: Keychain, dataDir: string): string | undefined {
  const file = path.join(dataDir, VAULT_FILE);
  if (!usable(keychain) || !fs.existsSync(file)) return undefined;
  try {
    return keychain.decryptString(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}
