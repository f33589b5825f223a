/**
 * MapLibre 6 needs WebGL2; without it the app shows the list, table and panel and says why.
 *
 * Only the browser's lack of the interface is checked up front. Creating a context just to test
 * for it costs as much as the map's own (over a second under software rendering) and would hold
 * up the panel, so the map's creation is the real test: it throws MapLibre's
 * GPUInitializationError when no context can be had (see StrategyMap).
 */
export function lacksWebGL2(): boolean {
  return typeof WebGL2RenderingContext === 'undefined';
}
