// The yardstick the benchmark measures the app against: a plain React + MapLibre world map of
// Natural Earth 110m countries (a background, a fill and a line layer), with nothing tuned.
// It marks the same names the app does (strategy:map-load, strategy:map-idle), so the benchmark
// times both the same way. countries.json is written by bench.mjs from world-atlas.
import { StrictMode, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { Map as MapLibre, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

const style = {
  version: 8,
  sources: { countries: { type: 'geojson', data: new URL('countries.json', location.href).href } },
  layers: [
    { id: 'sea', type: 'background', paint: { 'background-color': '#dbe7ef' } },
    { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } },
    {
      id: 'borders',
      type: 'line',
      source: 'countries',
      paint: { 'line-color': '#9a9a9a', 'line-width': 0.5 },
    },
  ],
};

function WorldMap() {
  const container = useRef(null);
  useEffect(() => {
    const map = new MapLibre({ container: container.current, style, center: [0, 20], zoom: 1 });
    map.once('load', () => performance.mark('strategy:map-load'));
    map.once('idle', () => performance.mark('strategy:map-idle'));
    return () => map.remove();
  }, []);
  return <div ref={container} style={{ position: 'fixed', inset: 0 }} />;
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <WorldMap />
  </StrictMode>,
);
