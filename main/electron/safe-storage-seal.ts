import { safeStorage } from 'electron';
import type { SecretSeal } from '../records-sync/lrs-settings';

/**
 * The LRS secret at rest, encrypted with the OS keychain (Electron safeStorage). On Linux without a keyring
 * safeStorage falls back to a hard-coded key ('basic_text'); that is not protection, so no secret is stored then.
 */
export function safeStorageSeal(): SecretSeal {
  const available = (): boolean =>
    safeStorage.isEncryptionAvailable() &&
    (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text');
  return {
    get available() {
      return available();
    },
    seal: (plain) => safeStorage.encryptString(plain).toString('base64'),
    unseal: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
