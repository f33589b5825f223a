/**
 * Answers whether this browser gives a WebGL2 context, from a worker. The first context a page
 * creates starts the GPU process's GL, which can take over a second (software rendering); done
 * here, that wait blocks this worker instead of the main thread, and the map's own context later
 * is quick. The context is released and the worker closes once it has answered.
 */
function createContext(): WebGL2RenderingContext | null {
  try {
    return new OffscreenCanvas(1, 1).getContext('webgl2');
  } catch {
    return null;
  }
}

const gl = createContext();
postMessage(gl !== null);
gl?.getExtension('WEBGL_lose_context')?.loseContext();
close();
