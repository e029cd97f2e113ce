import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir';
import { rememberedPassphrase, rememberPassphrase, VAULT_FILE, type Keychain } from './passphrase-vault';

const tempDir = useTempDir();

/** A keychain that encrypts with a key only it holds (AES stand-in: XOR with a per-session byte), like safeStorage per OS user. */
function keychain(session: number, backend = 'gnome_libsecret'): Keychain {
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ session));
  return {
    isEncryptionAvailable: () => true,
    encryptString: (text) => Buffer.concat([Buffer.from('v10'), xor(Buffer.from(text, 'utf8'))]),
    decryptString: (bytes) => {
      if (!bytes.subarray(0, 3).equals(Buffer.from('v10'))) throw new Error('not ours');
      const text = xor(bytes.subarray(3)).toString('utf8');
      if (!/^[\p{L}\p{N}\p{P}\p{Zs}]+$/u.test(text)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text;
    },
    getSelectedStorageBackend: () => backend,
  };
}

describe('the passphrase kept by the desktop keychain (issue #15, encryption at rest: safeStorage)', () => {
  it('is written only as the keychain encrypted it, 0600, and read back by the same session', () => {
    const dir = tempDir();
    expect(rememberPassphrase(keychain(0x5a), dir, 'quatre mots pour Tremplin')).toBe(true);
    const file = path.join(dir, VAULT_FILE);
    expect(fs.readFileSync(file).includes(Buffer.from('Tremplin'))).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(rememberedPassphrase(keychain(0x5a), dir)).toBe('quatre mots pour Tremplin');
  });

  it('is not kept where safeStorage has no real keychain (Linux basic_text), nor read by another session', () => {
    const dir = tempDir();
    expect(rememberPassphrase(keychain(0x5a, 'basic_text'), dir, 'quatre mots pour Tremplin')).toBe(false);
    expect(fs.existsSync(path.join(dir, VAULT_FILE))).toBe(false);
    rememberPassphrase(keychain(0x5a), dir, 'quatre mots pour Tremplin');
    expect(rememberedPassphrase(keychain(0x33), dir)).toBeUndefined();
    expect(rememberedPassphrase({ ...keychain(0x5a), isEncryptionAvailable: () => false }, dir)).toBeUndefined();
  });
});
