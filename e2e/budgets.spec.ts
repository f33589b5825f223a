/**
 * Size budgets of the production build (limits in scripts/budgets.mjs). Deterministic: it reads
 * dist/ (built before the e2e run) and needs no page. Timings are the benchmark's (npm run bench).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { BudgetCheck, BudgetReport } from '../scripts/budgets.mjs';
import {
  BUDGETS,
  describeCheck,
  firstLoadJs,
  formatKB,
  measureBudgets,
  staticImports,
} from '../scripts/budgets.mjs';

const DIST = 'dist';

test.describe('size budgets of the build', () => {
  // Measured once, when the first test asks (so a missing build fails the tests, not the file).
  let measured: BudgetReport | undefined;
  const budgets = (): BudgetReport => (measured ??= measureBudgets(DIST));
  const check = (id: BudgetCheck['id']) => {
    const found = budgets().checks.find((c) => c.id === id);
    if (!found) throw new Error(`no budget check "${id}"`);
    return found;
  };
  const firstLoadList = () =>
    budgets()
      .js.files.map((f) => `${f.file} (${formatKB(f.gzip)} gzip, ${f.via})`)
      .join('; ');

  test('the MapLibre chunk exists and is not loaded at start', () => {
    const report = budgets();
    const firstLoad = firstLoadList();
    expect(report.mapLibreChunks, 'no MapLibre chunk found in dist/assets').not.toHaveLength(0);
    expect(
      report.js.mapLibreAtStart,
      `MapLibre must load lazily, but the first-load JS includes it: ${firstLoad}`,
    ).toEqual([]);
  });

  test(`first-load JS outside MapLibre <= ${formatKB(BUDGETS.firstLoadJsGzip)} gzip`, () => {
    const c = check('firstLoadJs');
    expect(budgets().js.missing, 'index.html loads scripts that are not in dist/').toEqual([]);
    expect(c.value, `${describeCheck(c)}. First-load files: ${firstLoadList()}`).toBeLessThanOrEqual(c.limit);
  });

  test(`geometry at start <= ${formatKB(BUDGETS.geometryGzip)} gzip`, () => {
    const c = check('geometry');
    expect(c.files.length, 'no geometry file (dist/geo/*.json) found').toBeGreaterThan(0);
    expect(c.value, describeCheck(c)).toBeLessThanOrEqual(c.limit);
  });

  test(`content <= ${formatKB(BUDGETS.contentGzip)} gzip`, () => {
    const c = check('content');
    expect(c.value, describeCheck(c)).toBeLessThanOrEqual(c.limit);
  });
});

test.describe('the budget check can fail', () => {
  // Each test builds its own tiny dist/ (tests may run in parallel).
  const dirs: string[] = [];
  test.afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const fakeDist = (head: string, files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'budgets-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'assets'));
    const html = `<!doctype html><html><head>${head}</head><body><div id="root"></div></body></html>`;
    writeFileSync(join(dir, 'index.html'), html);
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    return dir;
  };
  const mapCode =
    'class Map{constructor(){this.canvas.className="maplibregl-canvas";if(!gl)throw Error("WebGL2 is required")}}';

  test('finds only static imports', () => {
    expect(
      staticImports(
        'import{a as e}from"./a.js";import*as n from\'./b.js\';import"./c.js";export*from"./d.js";' +
          'const x=import(`./lazy.js`);import.meta.url;import { f } from "../e.js"',
      ),
    ).toEqual(['./a.js', './b.js', './c.js', './d.js', '../e.js']);
  });

  test('a map imported statically from the entry counts as first-load MapLibre', () => {
    const dir = fakeDist('<script type="module" crossorigin src="/assets/index-a.js"></script>', {
      'assets/index-a.js': 'import{M as t}from"./map-b.js";import"./util-c.js";t();',
      'assets/util-c.js': 'export const u=1;',
      'assets/map-b.js': `${mapCode}export{Map as M};`,
    });
    const js = firstLoadJs(dir);
    expect(js.files.map((f) => f.file).sort()).toEqual([
      'assets/index-a.js',
      'assets/map-b.js',
      'assets/util-c.js',
    ]);
    expect(js.mapLibreAtStart).toEqual(['assets/map-b.js']);
    expect(js.outsideMapLibre.files.sort()).toEqual(['assets/index-a.js', 'assets/util-c.js']);
  });

  test('a map imported dynamically is lazy; modulepreloads count', () => {
    const dir = fakeDist(
      '<script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" crossorigin href="/assets/util-c.js">',
      {
        'assets/index-a.js': 'const m=()=>import(`./StrategyMap-b.js`);m();',
        'assets/StrategyMap-b.js': `import"./index-a.js";${mapCode}`,
        'assets/util-c.js': 'x'.repeat(1000),
      },
    );
    const js = firstLoadJs(dir);
    expect(js.files.map((f) => f.file).sort()).toEqual(['assets/index-a.js', 'assets/util-c.js']);
    expect(js.mapLibreAtStart).toEqual([]);
    expect(js.lazy).toEqual(['assets/StrategyMap-b.js']);
  });
});
