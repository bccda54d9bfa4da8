/**
 * npm run pledges:propose -- FILE [--format yaml|json] [--kode NNN] [--save-text PATH]
 *
 * Proposes candidate pledges in a political document (plain text, Markdown, HTML or PDF) for the
 * catalogue. yaml (the default) prints a catalogue file to fill in (data/pledges/README.md); json
 * prints every candidate with the cues, figures and suggestions it was found by. --save-text
 * writes the document's text, the text every quote is verbatim in, e.g. to data/seeds/<name>.txt.
 * Nothing leaves the machine.
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { PdfTextError } from '../src/finder/pdf-text.ts';
import { proposePledges } from '../src/finder/propose-pledges.ts';
import { proposalYaml } from '../src/finder/proposal-yaml.ts';
import { readDocument } from './finder/read-document.ts';
import { readKommuneNames } from './finder/kommune-names.ts';

const USAGE =
  'usage: npm run pledges:propose -- FILE [--format yaml|json] [--kode NNN] [--save-text PATH]';

interface Args {
  file: string;
  format: 'yaml' | 'json';
  kode?: string;
  saveText?: string;
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let format: Args['format'] = 'yaml';
  let kode: string | undefined;
  let saveText: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--format') {
      const v = value();
      if (v !== 'yaml' && v !== 'json') throw new UsageError(`--format is yaml or json, not ${v}`);
      format = v;
    } else if (arg === '--kode') {
      kode = value();
      if (!/^\d{3}$/.test(kode))
        throw new UsageError(`--kode is a three-digit kommune code, not ${kode}`);
    } else if (arg === '--save-text') saveText = value();
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`one file at a time (got ${file} and ${arg})`);
  }
  if (file === undefined) throw new UsageError('name the document file');
  return { file, format, ...(kode ? { kode } : {}), ...(saveText ? { saveText } : {}) };
}

class UsageError extends Error {}

const PDF_PROBLEMS = {
  password: 'the PDF is protected by a password; save an unprotected copy',
  unreadable: 'pdf.js could not read the file as a PDF',
  no_text:
    'the PDF has no text layer (a scanned document?); run it through OCR or paste its text into a .txt file',
};

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const args = parseArgs(process.argv.slice(2));
  const kommuner = readKommuneNames(root);
  if (args.kode && !kommuner.some((k) => k.kode === args.kode))
    throw new UsageError(`kommune ${args.kode} is not in data/sources/kommuner.csv`);
  const { format, text } = await readDocument(args.file);
  if (args.saveText) writeFileSync(args.saveText, text.endsWith('\n') ? text : `${text}\n`);
  const proposal = proposePledges(text, { kommuner });
  if (args.format === 'json') {
    const { text: _text, ...rest } = proposal;
    process.stdout.write(`${JSON.stringify({ file: args.file, format, ...rest }, null, 2)}\n`);
  } else {
    const seedFile = basename(args.saveText ?? args.file).replace(/\.[^.]*$/u, '') + '.txt';
    process.stdout.write(
      proposalYaml(proposal, {
        sourceName: basename(args.file),
        seedFile,
        ...(args.kode ? { kode: args.kode } : {}),
      }),
    );
  }
  process.stderr.write(
    `${proposal.candidates.length} candidates in ${proposal.segments} sentences and list items of ${args.file} (${format}).\n`,
  );
}

main().catch((e: unknown) => {
  if (e instanceof UsageError) {
    process.stderr.write(`${e.message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (e instanceof PdfTextError) {
    process.stderr.write(`${process.argv[2]}: ${PDF_PROBLEMS[e.problem]} (${e.detail})\n`);
    process.exit(1);
  }
  if (e instanceof Error && 'code' in e && (e.code === 'ENOENT' || e.code === 'EISDIR')) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  throw e;
});
