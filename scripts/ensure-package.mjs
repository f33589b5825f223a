/**
 * The packages kept apart from the app's install (geo/, bench/, prerender/: large or build-time
 * only) install themselves on first use: `npm ci --prefix DIR` when what is installed differs from
 * the lock file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export function ensurePackage(dir) {
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
  const lock = read(join(dir, 'package-lock.json'));
  const hiddenLock = join(dir, 'node_modules', '.package-lock.json');
  const installed = existsSync(hiddenLock) ? read(hiddenLock).packages : {};
  const stale = Object.entries(lock.packages).some(
    ([path, p]) => path !== '' && !p.optional && installed[path]?.version !== p.version,
  );
  if (!stale) return;
  const name = basename(dir);
  console.log(`[${name}] installing its own dependencies (npm ci --prefix ${name})`);
  const run = spawnSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`npm ci --prefix ${name} failed`);
}
