/**
 * The embed view lives at <base>embed/, a path of its own so that servers can let other sites
 * frame it and nothing else (the same folder as EMBED_DIR in scripts/headers.mjs).
 */
export const EMBED_PATH = 'embed/';

export function isEmbedPath(pathname: string, base: string): boolean {
  return pathname.startsWith(`${base}${EMBED_PATH}`);
}
