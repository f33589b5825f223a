import mapPrograms from '../map/programs.json';

/**
 * Answers whether this browser gives a WebGL2 context, from a worker. The first context a page
 * creates starts the GPU process's GL, which can take over a second (software rendering); done
 * here, that wait blocks this worker instead of the main thread, and the map's own context later
 * is quick.
 *
 * After answering, it links the shader programs the map will link as it opens
 * (src/map/programs.json, recorded from the map by `npm run map-programs`). The GPU process keeps
 * linked programs in a cache shared by all of a page's contexts, so the map's own links, each a
 * wait of the main thread on the GPU process, find them done. It says 'linked' and closes.
 */
function createContext(): WebGL2RenderingContext | null {
  try {
    return new OffscreenCanvas(1, 1).getContext('webgl2');
  } catch {
    return null;
  }
}

interface MapProgram {
  vertex: string;
  fragment: string;
  attributes: [number, string][];
}

function link(gl: WebGL2RenderingContext, { vertex, fragment, attributes }: MapProgram): void {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertex],
    [gl.FRAGMENT_SHADER, fragment],
  ] as const) {
    const shader = gl.createShader(type);
    if (!shader) return;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
  }
  for (const [index, name] of attributes) gl.bindAttribLocation(program, index, name);
  gl.linkProgram(program);
  // Wait for the link here, in the worker, rather than leave it queued.
  gl.getProgramParameter(program, gl.LINK_STATUS);
}

const gl = createContext();
postMessage(gl !== null);
if (gl) {
  for (const program of mapPrograms as MapProgram[]) link(gl, program);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  postMessage('linked');
}
close();
