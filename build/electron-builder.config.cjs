// Installers of the desktop app: `npm run dist` (after `electron-vite build`).
// NSIS (Windows), AppImage (Linux), dmg (macOS); the app in an asar archive;
// Electron's fuses set so the packaged binary cannot be turned into a plain
// Node runtime or debugger, and only loads its own, integrity-checked archive.
// build/electron-builder.config.test.ts checks every one of these settings.

/** Source and tooling folders: never in the package (the app runs from out/). */
const SOURCE_DIRS = ['electron', 'renderer', 'shared', 'scripts', 'test', 'build', 'native', 'bin', 'coverage', 'test-results', 'dist'];

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'fr.conventions-cae.app',
  productName: 'Conventions CAE',
  copyright: 'Conventions CAE',
  directories: { output: 'dist', buildResources: 'build' },
  icon: 'build/icon.png',
  artifactName: '${name}-${version}-${os}-${arch}.${ext}',

  // What goes into the app: the bundles and package.json (production
  // node_modules are added by electron-builder; devDependencies never are).
  files: [
    'out/**/*',
    'package.json',
    '!out/**/*.map',
    ...SOURCE_DIRS.map((dir) => `!${dir}{,/**/*}`),
    '!*.{ts,mts,cts,tsx}',
    '!{tsconfig*.json,eslint.config.js,vitest*.config.ts,electron.vite.config.ts}',
    // electron is an optionalDependency (its binary download may fail): npm
    // counts it as a production dependency, but the app must not ship a
    // second Electron, nor its downloader, inside itself.
    '!**/node_modules/{electron,@electron/get,@types}{,/**/*}',
  ],
  asar: true,
  // Native bindings cannot be loaded from inside the archive.
  asarUnpack: ['**/node_modules/better-sqlite3-multiple-ciphers/**/*.node'],
  // better-sqlite3-multiple-ciphers is rebuilt for Electron's ABI before packaging.
  npmRebuild: true,
  buildDependenciesFromSource: false,

  electronFuses: {
    runAsNode: false, // ELECTRON_RUN_AS_NODE is ignored
    enableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS / NODE_EXTRA_CA_CERTS are ignored
    enableNodeCliInspectArguments: false, // --inspect and SIGUSR1 do nothing
    enableEmbeddedAsarIntegrityValidation: true, // app.asar is checked against its embedded hash
    onlyLoadAppFromAsar: true, // no fallback to an unpacked app/ folder
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false, // the app uses app://, never file://
  },

  win: { target: [{ target: 'nsis', arch: ['x64'] }] },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    shortcutName: 'Conventions CAE',
  },
  linux: { target: [{ target: 'AppImage', arch: ['x64'] }], category: 'Office', synopsis: "Gestion des conventions d'emploi aidé" },
  appImage: {},
  mac: { target: [{ target: 'dmg', arch: ['x64', 'arm64'] }], category: 'public.app-category.business' },
  dmg: {},
  publish: null,
};
