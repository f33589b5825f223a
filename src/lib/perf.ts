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
export function markOnce(name: MarkName, at?: number): void {
  if (done.has(name)) return;
  done.add(name);
  performance.mark(name, at === undefined ? undefined : { startTime: at });
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

/** Mark once the next frame has been produced (call it outside a frame, e.g. after a render). */
export function markAfterNextFrame(name: MarkName): void {
  afterNextFrame(() => performance.mark(name));
}

/**
 * Mark once the frame being made has been produced. For work done inside a frame (an animation
 * frame callback, such as MapLibre's `render` event): that frame is the one that shows it, so
 * waiting for the next would count a frame too many.
 */
export function markAfterThisFrame(name: MarkName): void {
  setTimeout(() => performance.mark(name), 0);
}

/** The Element Timing identifier on the panel's heading (Overview, RegionPanel, SearchResults). */
export const PANEL_TEXT = 'panel-text';

let panelPainted: Promise<void> | null = null;

/**
 * Resolves once the panel's text is on screen: when the browser reports the heading's paint
 * (Element Timing; the paint, not the render, since under software rendering a frame can reach the
 * screen long after it was rendered). Marks MARKS.panelText at that moment. Where the browser
 * cannot tell, after the next frame; in any case after `maxWaitMs`.
 */
export function whenPanelPainted(maxWaitMs = 3000): Promise<void> {
  panelPainted ??= new Promise<void>((resolve) => {
    const cleanups: (() => void)[] = [];
    const done = (at?: number) => {
      for (const cleanup of cleanups) cleanup();
      markOnce(MARKS.panelText, at);
      resolve();
    };
    const timer = setTimeout(() => done(), maxWaitMs);
    cleanups.push(() => clearTimeout(timer));
    if (!PerformanceObserver.supportedEntryTypes?.includes('element')) {
      cleanups.push(afterNextFrame(() => done()));
      return;
    }
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceElementTiming[]) {
        if (entry.identifier === PANEL_TEXT) return done(entry.renderTime || entry.startTime);
      }
    });
    cleanups.push(() => observer.disconnect());
    observer.observe({ type: 'element', buffered: true });
  });
  return panelPainted;
}

/** The Element Timing entry (not in TypeScript's DOM library yet). */
interface PerformanceElementTiming extends PerformanceEntry {
  readonly identifier: string;
  readonly renderTime: number;
}
