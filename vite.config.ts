/**
 * Builds the renderer (renderer/) into dist/renderer: plain static files that Electron loads
 * from its custom scheme and the browser host serves. Relative URLs (base './') work under both.
 *
 * Imports resolve the path aliases of tsconfig.json ("paths": '@meow/contract', the API
 * contract main/api/public.ts), declared there once for TypeScript, esbuild, Vite and Vitest.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
  },
  server: { host: '127.0.0.1', strictPort: false },
});
