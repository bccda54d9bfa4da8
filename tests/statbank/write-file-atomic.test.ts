import { describe, it, expect, afterEach } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../scripts/statbank/write-file-atomic.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'statbank-atomic-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('creates missing directories and writes the content', async () => {
    const path = join(tempDir(), 'a', 'b', 'X.csv');
    await writeFileAtomic(path, 'æøå,1\n');
    expect(readFileSync(path, 'utf8')).toBe('æøå,1\n');
  });

  it('replaces an existing file and leaves no temporary file', async () => {
    const dir = tempDir();
    const path = join(dir, 'X.csv');
    writeFileSync(path, 'old\n');
    await writeFileAtomic(path, 'new\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['X.csv']);
  });

  it('when the rename fails, removes its temporary file and leaves the target as it was', async () => {
    const dir = tempDir();
    const target = join(dir, 'X.csv');
    mkdirSync(target); // a directory where the file should go: rename cannot replace it
    writeFileSync(join(target, 'keep'), 'kept');
    await expect(writeFileAtomic(target, 'new\n')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['X.csv']);
    expect(readFileSync(join(target, 'keep'), 'utf8')).toBe('kept');
  });
});
