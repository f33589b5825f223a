/** MapLibre 6 needs WebGL2; without it the app shows the list, table and panel and says why. */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
