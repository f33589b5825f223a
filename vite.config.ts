/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
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

const BOOT_ENTRY = fileURLToPath(new URL('src/app/worldPreviewBoot.ts', import.meta.url));

/** src/app/worldPreviewBoot.ts and what it imports as one classic script (an IIFE), minified. */
async function bundleBootScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: BOOT_ENTRY, formats: ['iife'], name: 'worldPreviewBoot' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((file) => file.type === 'chunk');
  if (!chunk) throw new Error('worldPreviewBoot.ts gave no script');
  return chunk.code;
}

/**
 * The world's still picture is placed by a classic script at the end of <body>, after the page's
 * static frame: it runs while the page is parsed, so the picture is in the first frame, where the
 * app's modules (deferred) would place it only after they have loaded and run. Built as its own
 * hashed file (same origin, so the Content-Security-Policy allows it); served as such in dev.
 */
function worldPreviewBootScript(): Plugin {
  const devPath = '/world-preview-boot.js';
  let src = devPath;
  return {
    name: 'world-preview-boot-script',
    configureServer(server) {
      server.middlewares.use(devPath, (_request, response, next) => {
        bundleBootScript().then((code) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(code);
        }, next);
      });
    },
    async generateBundle() {
      const ref = this.emitFile({
        type: 'asset',
        name: 'world-preview-boot.js',
        source: await bundleBootScript(),
      });
      src = `/${this.getFileName(ref)}`;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src }, injectTo: 'body' }],
    },
  };
}

/** Modules of the first view, bundled as one chunk (the rest load lazily, each on its own). */
const FIRST_VIEW_MODULES =
  /node_modules[\\/](react|react-dom|scheduler|zustand|@tanstack)[\\/]|src[\\/](state|content|lib|ui|i18n[\\/]strings|app[\\/](?!Notice|webgl)|panel[\\/](Panel|Overview|Measure|RegionPanel))/;

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), worldPreviewBootScript(), deployment()],
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
      },
    },
  },
  // Workers are ES modules: MapLibre starts its worker (map.worker.ts) as one.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'geo/test/**/*.test.ts', 'scripts/test/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
  },
});
