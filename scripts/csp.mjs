/**
 * The Content-Security-Policy, in one place: vite.config.ts writes it as a <meta> into the built
 * index.html, and scripts/serve.mjs sends it as a header (plus what only a header can say).
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

/** Directives that a <meta> policy ignores; only the server header carries them. */
export const HEADER_ONLY_DIRECTIVES = {
  // Nobody may frame the app (clickjacking).
  'frame-ancestors': ["'none'"],
};

export function cspString(directives) {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
