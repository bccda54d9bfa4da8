/**
 * Replaces a file so that a reader sees either the old or the new content, never half of one:
 * write a temporary file in the same directory (rename is only atomic within one file system),
 * fsync it, then rename it over the target. If anything fails the temporary file is removed and
 * the existing file is not touched, so a failed import leaves the previous data in place.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  // A leading dot and a .tmp ending keep readers that list *.csv from picking it up.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  // A kill between open and rename skips the catch below; removeLeftoverTempFiles sweeps those.
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable; not every platform can open a directory, so best effort. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // e.g. Windows: directories cannot be opened for fsync
  }
}

const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes temporary files writeFileAtomic left in `dir` when a process was killed mid-write, so
 * they neither pile up nor get committed. Only names of exactly our pattern are touched.
 */
export async function removeLeftoverTempFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return; // no folder yet: nothing to clean
  }
  await Promise.all(
    names.filter((n) => TEMP_NAME.test(n)).map((n) => rm(join(dir, n), { force: true })),
  );
}
