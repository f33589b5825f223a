/**
 * Performance marks for the benchmark (scripts/bench.mjs). Always on: a mark costs microseconds.
 * Names are the public contract with the benchmark.
 */
export const MARKS = {
  panelText: 'strategy:panel-text',
  mapLoad: 'strategy:map-load',
  mapIdle: 'strategy:map-idle',
  regionInput: 'strategy:region-input',
  panelUpdated: 'strategy:panel-updated',
  filterInput: 'strategy:filter-input',
  filterPainted: 'strategy:filter-painted',
} as const;

export function mark(name: (typeof MARKS)[keyof typeof MARKS]): void {
  performance.mark(name);
}

/** Mark once per page load (first text, first idle). */
const done = new Set<string>();
export function markOnce(name: (typeof MARKS)[keyof typeof MARKS]): void {
  if (done.has(name)) return;
  done.add(name);
  performance.mark(name);
}

/** Mark after the next frame has been produced (the browser has painted what was just rendered). */
export function markAfterNextFrame(name: (typeof MARKS)[keyof typeof MARKS]): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}
