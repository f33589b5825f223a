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

type MarkName = (typeof MARKS)[keyof typeof MARKS];

/**
 * Mark an input at the moment the browser received it (the event's time stamp), so the time a
 * handler spends before it reacts (picking a region under the pointer) counts against the response.
 */
export function markInput(name: MarkName, event: { timeStamp: number }): void {
  const at = event.timeStamp;
  const valid = Number.isFinite(at) && at > 0 && at <= performance.now();
  performance.mark(name, valid ? { startTime: at } : undefined);
}

/** Mark once per page load (first text, first idle). */
const done = new Set<string>();
export function markOnce(name: MarkName): void {
  if (done.has(name)) return;
  done.add(name);
  performance.mark(name);
}

/** Run after the next frame has been produced (the browser has painted what was just rendered). */
export function afterNextFrame(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Mark once the next frame has been produced. */
export function markAfterNextFrame(name: MarkName): void {
  afterNextFrame(() => performance.mark(name));
}
