/**
 * npm test, step 0: checks in a fraction of a second that this machine can run every gate, so a
 * missing browser is reported before minutes of type checks and builds rather than after them.
 * Plain Node rather than tsx, so it starts fast. Exits 1, saying what to install, when something
 * is missing.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** package.json's engines field. */
export const MIN_NODE_MAJOR = 20;

/** The same default as scripts/lib/chromium.ts, which every browser run goes through. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * @typedef {object} Machine
 * @property {string} nodeVersion process.versions.node, e.g. '20.20.2'
 * @property {string} chromiumPath the binary the browser tests and budgets launch
 * @property {string} projectDir the checkout, holding node_modules
 * @property {string} sharedDir the read-only reference folder next to the checkout
 * @property {(path: string) => boolean} [isExecutable]
 * @property {(path: string) => boolean} [exists]
 */

/**
 * What stops npm test on this machine (problems) and what it should know (notes).
 * @param {Machine} machine
 * @returns {{ ok: boolean, problems: string[], notes: string[] }}
 */
export function checkPrerequisites(machine) {
  const exists = machine.exists ?? existsSync;
  const isExecutable = machine.isExecutable ?? executable;
  const problems = [];
  const notes = [];

  const major = Number.parseInt(machine.nodeVersion, 10);
  if (!(major >= MIN_NODE_MAJOR)) {
    problems.push(
      `Node ${machine.nodeVersion} is too old: npm test needs Node ${MIN_NODE_MAJOR} or newer ` +
        '(package.json "engines"). Install a current Node LTS and run npm test again.',
    );
  }

  if (!exists(join(machine.projectDir, 'node_modules', '.bin'))) {
    problems.push('node_modules is missing: run npm ci (or npm install) first.');
  }

  if (!isExecutable(machine.chromiumPath)) {
    problems.push(
      `Chromium not found at ${machine.chromiumPath}: the size budgets and the browser tests ` +
        'need it. Install it with: apt-get install -y chromium ' +
        '(or set CHROMIUM_PATH to a Chromium binary).',
    );
  }

  if (exists(machine.sharedDir)) {
    notes.push(`reference folder ${machine.sharedDir} found`);
  } else {
    // Nothing npm test runs reads it: data/ holds its own copies of the seeds and reference files.
    notes.push(
      `reference folder ${machine.sharedDir} not found: nothing in npm test needs it, so nothing ` +
        'is skipped (it is needed only to refresh the copies in data/)',
    );
  }

  return { ok: problems.length === 0, problems, notes };
}

/** @param {string} path */
function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {Machine} */
function thisMachine() {
  const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return {
    nodeVersion: process.versions.node,
    chromiumPath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM,
    projectDir,
    sharedDir: resolve(projectDir, '..', 'shared'),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const machine = thisMachine();
  const result = checkPrerequisites(machine);
  if (result.ok) {
    console.log(
      `Prerequisites: Node ${machine.nodeVersion}, Chromium at ${machine.chromiumPath}; ` +
        `${result.notes.join('; ')}.`,
    );
  } else {
    for (const problem of result.problems) console.error(`✗ ${problem}`);
    for (const note of result.notes) console.error(`  (${note})`);
    console.error('npm test stopped before the type checks: fix the above and run it again.');
    process.exitCode = 1;
  }
}
