/**
 * Replaces the extracts folder (public/data) all at once. The new extracts are built in a private
 * folder outside public/, because Vite copies public/ whole into the site: a half-built folder
 * left there by a crash would be deployed. Only a complete build is moved into place; a failed
 * one leaves the previous folder untouched and its own folder removed.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Staging {
  /** Where to write the new extracts. */
  dir: string;
  /** Moves the finished folder to `outDir`, replacing the previous one. */
  commit(): void;
  /** Removes whatever is left of the staging folder; safe after commit. */
  discard(): void;
}

/**
 * A staging folder under `scratchRoot` (outside the web root). `scratchRoot` should be on the same
 * file system as `outDir` so the swap is a rename; if it is not, the finished folder is first
 * copied next to `outDir` under a hidden name and renamed from there.
 */
export function stage(outDir: string, scratchRoot: string): Staging {
  mkdirSync(scratchRoot, { recursive: true });
  mkdirSync(dirname(outDir), { recursive: true });
  const dir = mkdtempSync(join(scratchRoot, `staging-${process.pid}-`));
  const hidden = (what: string) =>
    join(dirname(outDir), `.${basename(outDir)}.${what}-${process.pid}`);
  const sameDevice = statSync(scratchRoot).dev === statSync(dirname(outDir)).dev;
  const leftovers: string[] = [dir];
  return {
    dir,
    commit() {
      let incoming = dir;
      if (!sameDevice) {
        incoming = hidden('incoming');
        leftovers.push(incoming);
        cpSync(dir, incoming, { recursive: true });
      }
      const old = sameDevice ? `${dir}.old` : hidden('old');
      leftovers.push(old);
      const hadPrevious = existsSync(outDir);
      if (hadPrevious) renameSync(outDir, old);
      try {
        renameSync(incoming, outDir);
      } catch (e) {
        if (hadPrevious) renameSync(old, outDir);
        throw e;
      }
    },
    discard() {
      for (const path of leftovers) rmSync(path, { recursive: true, force: true });
    },
  };
}

/**
 * Removes what builds that crashed left behind: folders in `scratchRoot` and hidden folders next
 * to `outDir` whose build process is gone, and the `<outDir>.staging-*` and `<outDir>.old-*`
 * folders that earlier versions of the build made inside public/ (nothing makes them any more).
 * Runs at the start of every build, including one that finds the extracts up to date.
 */
export function removeLeftovers(outDir: string, scratchRoot: string): string[] {
  const removed: string[] = [];
  const remove = (path: string) => {
    rmSync(path, { recursive: true, force: true });
    removed.push(path);
  };
  const base = basename(outDir);
  const parent = dirname(outDir);
  const legacy = new RegExp(`^${escape(base)}\\.(staging|old)-\\d+$`);
  const hidden = new RegExp(`^\\.${escape(base)}\\.(incoming|old)-(\\d+)$`);
  for (const name of list(parent)) {
    if (legacy.test(name)) remove(join(parent, name));
    const m = hidden.exec(name);
    if (m && !isRunning(Number(m[2]))) remove(join(parent, name));
  }
  for (const name of list(scratchRoot)) {
    const m = /^staging-(\d+)-/.exec(name);
    if (m && !isRunning(Number(m[1]))) remove(join(scratchRoot, name));
  }
  return removed;
}

function list(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes from a built site (`dist/`) any copy of a staging or old extracts folder that Vite
 * copied over from public/: a bare `vite build` runs no data build, so leftovers a crashed build
 * left in public/ would otherwise be deployed.
 */
export function dropLeftoversFromSite(siteDir: string, base = 'data'): string[] {
  const leftover = new RegExp(`^\\.?${escape(base)}\\.(staging|old|incoming)-`);
  const removed: string[] = [];
  for (const name of list(siteDir)) {
    if (!leftover.test(name)) continue;
    rmSync(join(siteDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
