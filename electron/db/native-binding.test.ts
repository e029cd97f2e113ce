import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELECTRON_BINDING_RELATIVE, selectNativeBinding } from './native-binding';

const root = '/app';
const electronCopy = path.join(root, ELECTRON_BINDING_RELATIVE);

describe('better-sqlite3 binding selection', () => {
  it('uses the default (Node ABI) binding under plain Node', () => {
    expect(selectNativeBinding({ electronVersion: undefined, packaged: false, projectRoot: root, exists: () => true })).toBeUndefined();
  });
  it('uses the Electron-ABI copy built by postinstall inside unpackaged Electron', () => {
    expect(selectNativeBinding({ electronVersion: '45.4.1', packaged: false, projectRoot: root, exists: (f) => f === electronCopy })).toBe(electronCopy);
  });
  it('says in French how to build it when the Electron copy is missing', () => {
    expect(() => selectNativeBinding({ electronVersion: '45.4.1', packaged: false, projectRoot: root, exists: () => false })).toThrow(
      /compilé pour Electron.*npm install/,
    );
  });
  it('lets a packaged app use the binding electron-builder rebuilt', () => {
    expect(selectNativeBinding({ electronVersion: '45.4.1', packaged: true, projectRoot: root, exists: () => false })).toBeUndefined();
  });
});
