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
    // After its answer the worker goes on linking the map's programs, says 'linked' and closes itself.
    worker.onmessage = (e: MessageEvent<unknown>) => {
      if (e.data === 'linked') programsLinked();
      else finish(e.data === true ? 'yes' : e.data === false ? 'no' : 'unknown', false);
    };
    // An error after a 'yes' ends the links too.
    worker.onerror = () => {
      finish('unknown', true);
      programsLinked();
    };
  });
}

let asked: Promise<WebGLSupport> | null = null;
let programsLinked = () => {};
const linked = new Promise<void>((resolve) => (programsLinked = resolve));

/**
 * Resolves once the worker has linked the map's shader programs, or will not (an answer other than
 * 'yes', an error), and in any case after `maxWaitMs`. A map made while the worker still links
 * would wait on the GPU process for the same programs, on the main thread.
 */
export function whenMapProgramsLinked(maxWaitMs = 2000): Promise<void> {
  return Promise.race([linked, new Promise<void>((resolve) => setTimeout(resolve, maxWaitMs))]);
}

/** The answer, asked once per page (the first call starts the worker). */
export function webgl2Support(): Promise<WebGLSupport> {
  asked ??= probeWebGL2().then((answer) => {
    if (answer !== 'yes') programsLinked();
    return answer;
  });
  return asked;
}
