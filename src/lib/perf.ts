import { afterNextFrame } from './frames';

/**
 * Performance marks, the one module that makes them. They are off for readers: only a page opened
 * with `window.__strategyPerf = true` set before the app runs (the benchmark and the e2e tests do
 * it with an init script) marks, observes or schedules anything. Names are the contract with bench/.
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

declare global {
  interface Window {
    __strategyPerf?: boolean;
  }
}

const observed = () => typeof window !== 'undefined' && window.__strategyPerf === true;

/**
 * Mark an input at the moment the browser received it (the event's time stamp), so the time a
 * handler spends before it reacts (picking a region under the pointer) counts against the response.
 */
export function markInput(name: MarkName, event: { timeStamp: number }): void {
  if (!observed()) return;
  const at = event.timeStamp;
  const valid = Number.isFinite(at) && at > 0 && at <= performance.now();
  performance.mark(name, valid ? { startTime: at } : undefined);
}

/** Mark once per page load (first text, first idle). */
const done = new Set<string>();
export function markOnce(name: MarkName, at?: number): void {
  if (!observed() || done.has(name)) return;
  done.add(name);
  performance.mark(name, at === undefined ? undefined : { startTime: at });
}

/** Mark once the next frame has been produced (call it outside a frame, e.g. after a render). */
export function markAfterNextFrame(name: MarkName): void {
  if (observed()) afterNextFrame(() => performance.mark(name));
}

/**
 * Mark once the frame being made has been produced: for work done inside a frame (MapLibre's
 * `render` event), whose own frame is the one that shows it.
 */
export function markAfterThisFrame(name: MarkName): void {
  if (observed()) setTimeout(() => performance.mark(name), 0);
}

/** The Element Timing identifier on the panel's heading (Overview, RegionPanel, SearchResults). */
export const PANEL_TEXT = 'panel-text';

/** Marks MARKS.panelText when the browser reports the panel heading's first paint (Element Timing). */
export function observePanelText(): void {
  if (!observed() || !PerformanceObserver.supportedEntryTypes?.includes('element')) return;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceElementTiming[]) {
      if (entry.identifier !== PANEL_TEXT) continue;
      markOnce(MARKS.panelText, entry.renderTime || entry.startTime);
      observer.disconnect();
      return;
    }
  });
  observer.observe({ type: 'element', buffered: true });
}

/** The Element Timing entry (not in TypeScript's DOM library yet). */
interface PerformanceElementTiming extends PerformanceEntry {
  readonly identifier: string;
  readonly renderTime: number;
}
