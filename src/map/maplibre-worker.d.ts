/** MapLibre's worker bundle (no types of its own): it starts the worker on import; its default export is the class. */
declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs' {
  const MapLibreWorker: abstract new (...args: never[]) => unknown;
  export default MapLibreWorker;
}
