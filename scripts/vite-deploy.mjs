import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { netlifyHeaders } from './deploy-configs.mjs';
import { EMBED_DIR, headersFor, pageKind } from './headers.mjs';

/** The embed view's page: the app's page, marked so that its first paint is already the compact one. */
export function markEmbed(html) {
  return html.replace(/<html\b/, '<html data-embed');
}

/**
 * A Vite plugin: serving the app as every other server does (scripts/headers.mjs).
 * - The dev and `vite preview` servers send its headers (the dev server with its looser CSP and
 *   without the caching rules, which would fight Vite's own).
 * - The build gets the embed view's page at <base>embed/index.html, a path of its own so that a
 *   server can let other sites frame it and nothing else, the static pages (prerender/), and
 *   `_headers` for static hosts.
 */
export function deployment() {
  let base = '/';
  let root = '.';
  let outDir = 'dist';
  const sendHeaders = (dev) => (request, response, next) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const headers = headersFor(pathname, base, { dev });
    if (dev) delete headers['Cache-Control'];
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    next();
  };
  return {
    name: 'deployment',
    configResolved(config) {
      base = config.base;
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(sendHeaders(true));
    },
    configurePreviewServer(server) {
      server.middlewares.use(sendHeaders(false));
    },
    // The dev server answers every page path with index.html: mark it where the embed view is asked for.
    transformIndexHtml(html, context) {
      const { pathname } = new URL(context.originalUrl ?? context.path, 'http://localhost');
      return context.server && pageKind(pathname, base) === 'embed' ? markEmbed(html) : html;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return;
        this.emitFile({
          type: 'asset',
          fileName: `${EMBED_DIR}index.html`,
          source: markEmbed(String(page.source)),
        });
      },
    },
    // The static pages first (prerender/), so that _headers has a rule for each of their folders.
    async closeBundle() {
      // Loaded by Node from its folder (not bundled into the config): its dependencies live there.
      const { prerender } = await import(new URL('../prerender/prerender.mjs', import.meta.url).href);
      await prerender({ root, outDir, base, log: (line) => this.environment.logger.info(line) });
      const entries = readdirSync(outDir, { withFileTypes: true }).map((e) => ({
        name: e.name,
        directory: e.isDirectory(),
      }));
      writeFileSync(join(outDir, '_headers'), netlifyHeaders(entries, base));
    },
  };
}
