/** MapLibre 6 needs WebGL2; without it the app shows the list, table and panel and says why. */
export type WebGLSupport = 'yes' | 'no' | 'unknown';

/**
 * Asks a worker for a WebGL2 context (see webgl2.worker.ts), so neither the question nor the GPU's
 * start-up holds up the panel. 'unknown' when the browser cannot ask from a worker or the worker
 * does not answer: the map's own creation is then the test (it throws MapLibre's
 * GPUInitializationError, see StrategyMap).
 */
function probeWebGL2(timeoutMs = 10_000): Promise<WebGLSupport> {
  if (typeof WebGL2RenderingContext === 'undefined') return Promise.resolve('no');
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined')
    return Promise.resolve('unknown');
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./webgl2.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve('unknown');
      return;
    }
    const finish = (answer: WebGLSupport, stop: boolean) => {
      clearTimeout(timer);
      if (stop) worker.terminate();
      resolve(answer);
    };
    const timer = setTimeout(() => finish('unknown', true), timeoutMs);
    // After its answer the worker goes on linking the map's programs, and then closes itself.
    worker.onmessage = (e: MessageEvent<unknown>) =>
      finish(e.data === true ? 'yes' : e.data === false ? 'no' : 'unknown', false);
    worker.onerror = () => finish('unknown', true);
  });
}

let asked: Promise<WebGLSupport> | null = null;

/** The answer, asked once per page (the first call starts the worker). */
export function webgl2Support(): Promise<WebGLSupport> {
  asked ??= probeWebGL2();
  return asked;
}
