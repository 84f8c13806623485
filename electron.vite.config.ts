import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // Two programs share the main-process code: the Electron app and browser mode.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web.ts'),
          // Directory updates are built in a worker thread, so searches answer while they build.
          'update-worker': resolve(__dirname, 'src/main/directory-updates/update-worker.ts'),
          // Provider data imports read gigabytes; they run in a worker for the same reason.
          'registry-import-worker': resolve(__dirname, 'src/main/npi-registry/registry-import-worker.ts'),
          'network-import-worker': resolve(__dirname, 'src/main/plan-net/import/network-import-worker.ts'),
          'network-rows-worker': resolve(__dirname, 'src/main/plan-net/import/network-rows-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() packages, so everything it uses is bundled in.
      externalizeDeps: false,
    },
  },
  renderer: {
    plugins: [react()],
    build: { minify: true },
  },
});
