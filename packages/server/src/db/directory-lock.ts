import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/**
 * Takes an exclusive lock file holding this process's pid. PGlite has no lock of its own, and two
 * processes (or two instances in one process) on one data directory corrupt it; a lock left by a
 * process that no longer runs is taken over. Returns the release function.
 */
export function lockFile(path: string, what: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return () => release(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readIfExists(path) ?? '', 10);
      if (Number.isInteger(holder) && isRunning(holder)) {
        throw new Error(
          `${what} is in use by process ${holder}${holder === process.pid ? ' (this one)' : ''}; stop it first, or use another DATA_DIR (lock: ${path})`,
        );
      }
      unlinkIfExists(path); // stale: its process has gone
    }
  }
  throw new Error(`could not lock ${what} (lock: ${path})`);
}

function release(path: string) {
  if (readIfExists(path)?.trim() === String(process.pid)) unlinkIfExists(path);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function unlinkIfExists(path: string) {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
