/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CSP_DIRECTIVES, cspString } from './scripts/headers.mjs';
import { deployment } from './scripts/vite-deploy.mjs';

/** The built index.html carries the Content-Security-Policy (not the dev server, which injects inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspString(CSP_DIRECTIVES) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Modules of the first view, bundled as one chunk (the rest load lazily, each on its own). */
const FIRST_VIEW_MODULES =
  /node_modules[\\/](react|react-dom|scheduler|zustand|@tanstack)[\\/]|src[\\/](state|content|lib|ui|i18n[\\/]strings|app[\\/](?!Notice)|panel[\\/](Panel|Overview|Measure|RegionPanel))/;

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), deployment()],
  build: {
    target: 'es2022',
    // MapLibre alone is ~1 MB raw; it is its own lazily loaded chunk.
    chunkSizeWarningLimit: 1200,
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // Everything the first view needs in one file: fewer requests, one gzip context.
        advancedChunks: {
          groups: [{ name: 'app', test: FIRST_VIEW_MODULES }],
        },
        // MapLibre's worker ships as .mjs, a type some servers do not know (Debian's nginx sends
        // application/octet-stream, which a browser refuses as a script): it is served as .js.
        assetFileNames: ({ names }) =>
          names[0]?.endsWith('.mjs') ? 'assets/[name]-[hash].js' : 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'happy-dom',
    include: [
      'src/**/*.test.{ts,tsx}',
      'geo/test/**/*.test.ts',
      'scripts/test/**/*.test.ts',
      'prerender/test/**/*.test.ts',
    ],
    setupFiles: ['src/test-setup.ts'],
  },
});
