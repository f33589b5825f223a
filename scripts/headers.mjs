/**
 * The app's HTTP headers and caching rules, in one place. Everything that serves the app takes
 * them from here: the built index.html's CSP <meta> and the dev and preview servers
 * (vite.config.ts), scripts/serve.mjs (`npm start`, the e2e tests), and the shipped configs
 * deploy/nginx/strategy-map.conf and dist/_headers (scripts/deploy-configs.mjs).
 */

export const CSP_DIRECTIVES = {
  // Nothing is loaded from anywhere but the app's own origin unless a directive below says so.
  'default-src': ["'self'"],
  // Only the built, same-origin module scripts: no inline script, no eval.
  'script-src': ["'self'"],
  // MapLibre's worker is a same-origin file (setWorkerUrl), not a blob: URL.
  'worker-src': ["'self'"],
  // Stylesheets are files (the app's CSS and maplibre-gl.css); MapLibre and React set element
  // styles through the CSSOM, which this directive does not block, so no 'unsafe-inline'.
  'style-src': ["'self'"],
  // The favicon is an empty data: URL; MapLibre may turn images into blob: URLs.
  'img-src': ["'self'", 'data:', 'blob:'],
  // Content and geometry are fetched from the app's own origin only: no tiles, no glyphs, no analytics.
  'connect-src': ["'self'"],
  // System fonts only.
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * Who may frame a page. Only a header carries this (a <meta> policy ignores frame-ancestors).
 * The full app refuses every frame (clickjacking); the embed view is made to be framed anywhere.
 */
export const FRAME_ANCESTORS = {
  app: ["'none'"],
  embed: ['*'],
};

/**
 * What the dev server's policy adds, and only there: Vite injects the CSS as inline <style>
 * elements, @vitejs/plugin-react an inline script (the Fast Refresh preamble), and hot reload
 * talks over a WebSocket.
 */
export const DEV_CSP_ADDITIONS = {
  'script-src': ["'unsafe-inline'"],
  'style-src': ["'unsafe-inline'"],
  'connect-src': ['ws:'],
};

/** The embed view's folder under the base: <base>embed/index.html. */
export const EMBED_DIR = 'embed/';

/** The static pages' folders under the base (prerender/): <base>{lang}/ and <base>{lang}/{region}/. */
export const PAGE_DIRS = ['da/', 'en/'];

/** The page for unknown paths under PAGE_DIRS, with status 404 (static hosts serve it by this name). */
export const NOT_FOUND_PAGE = '404.html';

/** Vite's folder of content-hashed files under the base: their names change when they do. */
export const HASHED_DIR = 'assets/';

export const CACHE_CONTROL = {
  // A hashed name never changes its bytes: keep it for a year, never revalidate.
  hashed: 'public, max-age=31536000, immutable',
  // The page, the data and the geometry keep their names: revalidate on every use.
  revalidate: 'no-cache',
};

/** Media types worth compressing (text); images other than SVG are compressed already. */
export const COMPRESSIBLE_TYPES = [
  'text/html',
  'text/css',
  'text/javascript',
  'application/javascript',
  'application/json',
  'image/svg+xml',
  'text/plain',
];

export function cspString(directives) {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The full policy a server sends for one kind of page. */
export function cspHeader(kind, { dev = false } = {}) {
  const directives = { ...CSP_DIRECTIVES };
  if (dev) {
    for (const [name, extra] of Object.entries(DEV_CSP_ADDITIONS)) {
      directives[name] = [...(directives[name] ?? []), ...extra];
    }
  }
  return cspString({ ...directives, 'frame-ancestors': FRAME_ANCESTORS[kind] });
}

/** Which page a URL path is: the embed view (framable) or the full app. */
export function pageKind(pathname, base = '/') {
  return pathname.startsWith(`${base}${EMBED_DIR}`) ? 'embed' : 'app';
}

/** The security headers every response carries. */
export function securityHeaders(kind, { dev = false } = {}) {
  return {
    'Content-Security-Policy': cspHeader(kind, { dev }),
    // For browsers without frame-ancestors; ALLOW is no value, so the embed view sends none.
    ...(kind === 'app' ? { 'X-Frame-Options': 'DENY' } : {}),
    'X-Content-Type-Options': 'nosniff',
    // The app links out to nothing that needs to know where the reader came from.
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
  };
}

export function cacheControl(pathname, base = '/') {
  return pathname.startsWith(`${base}${HASHED_DIR}`) ? CACHE_CONTROL.hashed : CACHE_CONTROL.revalidate;
}

/** Every header (security and caching) for a response to a URL path. */
export function headersFor(pathname, base = '/', { dev = false } = {}) {
  return {
    ...securityHeaders(pageKind(pathname, base), { dev }),
    'Cache-Control': cacheControl(pathname, base),
  };
}
