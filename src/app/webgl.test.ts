import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for webgl2.worker.ts: the test says what it posts, or that it fails. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((e: MessageEvent<unknown>) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  say(data: unknown) {
    this.onmessage?.({ data } as MessageEvent<unknown>);
  }
  terminate() {
    this.terminated = true;
  }
}

/** A fresh copy of the module (it asks once per page) and a way to tell whether the links are done. */
async function load() {
  vi.resetModules();
  const webgl = await import('./webgl');
  const answer = webgl.webgl2Support();
  const worker = FakeWorker.last;
  if (!worker) throw new Error('no worker started');
  let linked = false;
  void webgl.whenMapProgramsLinked(2000).then(() => (linked = true));
  const settle = () => vi.advanceTimersByTimeAsync(0);
  return { answer, worker, isLinked: async () => (await settle(), linked) };
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeWorker.last = null;
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('OffscreenCanvas', class {});
  vi.stubGlobal('WebGL2RenderingContext', class {});
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('webgl2Support and whenMapProgramsLinked', () => {
  it("answers 'yes' at once, and the links are done when the worker says 'linked'", async () => {
    const { answer, worker, isLinked } = await load();
    worker.say(true);
    await expect(answer).resolves.toBe('yes');
    expect(await isLinked()).toBe(false);
    worker.say('linked');
    expect(await isLinked()).toBe(true);
    expect(worker.terminated).toBe(false);
  });

  it("waits no longer than its limit for a worker that never says 'linked'", async () => {
    const { worker, isLinked } = await load();
    worker.say(true);
    await vi.advanceTimersByTimeAsync(1999);
    expect(await isLinked()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isLinked()).toBe(true);
  });

  it('has nothing to wait for without WebGL2, after an error, or without an answer', async () => {
    const without = await load();
    without.worker.say(false);
    await expect(without.answer).resolves.toBe('no');
    expect(await without.isLinked()).toBe(true);

    const failed = await load();
    failed.worker.onerror?.();
    await expect(failed.answer).resolves.toBe('unknown');
    expect(await failed.isLinked()).toBe(true);
    expect(failed.worker.terminated).toBe(true);

    const silent = await load();
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(silent.answer).resolves.toBe('unknown');
    expect(silent.worker.terminated).toBe(true);
  });
});
