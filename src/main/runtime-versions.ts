/** What support asks first: which builds of Node, Electron and Chromium, on which system. */
export function runtimeVersions() {
  return {
    node: process.versions.node,
    electron: process.versions.electron ?? null,
    chrome: process.versions.chrome ?? null,
    platform: process.platform,
    arch: process.arch,
  };
}
