import type { Configuration } from 'electron-builder';

/**
 * How `npm run dist` packages the desktop app: AppImage and deb on Linux, an NSIS installer on
 * Windows. Each is built on its own system, because better-sqlite3's Electron build
 * (scripts/prepare-electron-sqlite.mjs) is compiled for the machine that runs it.
 */
export default {
  appId: 'org.providerdesk.desktop',
  productName: 'Provider Desk',
  directories: { output: 'dist', buildResources: 'resources' },
  icon: 'resources/icon.png',
  files: [
    'out/**/*',
    // The directory publishers' public keys the app trusts.
    'resources/trusted-keys/*.pem',
    // The NUCC taxonomy code set, read when an NPI registry file is imported.
    'resources/nucc/*',
    '!out/**/*.map',
    // Browser mode is for development and tests; the desktop app does not need it.
    '!out/main/web.js',
    '.native/electron-abi-*/better_sqlite3.node',
    // The app loads the Electron build above; the Node build and SQLite's sources are not needed.
    '!node_modules/better-sqlite3/{build,deps,src}/**',
  ],
  asar: true,
  // SQLite cannot open directory.db inside app.asar, and a native addon cannot load from it.
  // The import worker reads the NUCC code set from a plain file.
  asarUnpack: ['out/data/**', '.native/**', 'resources/nucc/**'],
  // Rebuilding would overwrite node_modules' Node build that npm test and browser mode load.
  npmRebuild: false,
  nodeGypRebuild: false,
  electronFuses: {
    runAsNode: false,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    // Left at Electron's default: the renderer is loaded from file:// and its module scripts need it.
    grantFileProtocolExtraPrivileges: true,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'Health plan directory, forms and outbox for a clinic front desk',
    maintainer: 'Provider Desk developers <dev@provider-desk.invalid>',
  },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  publish: null,
} satisfies Configuration;
