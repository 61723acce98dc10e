/**
 * The files the command-line tools read and write, each failure a refusal in words: a report (held
 * to its size limit, decoded as the editor decodes it), a dataset's text, and every file written
 * (whole or not at all).
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeReport, REPORT_LIMIT_BYTES } from '../extract/report-file.js';
import { Refusal } from './command.js';
import type { CliMessages } from './messages.js';
import { WriteError, writeWhole } from './write-whole.js';

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'EIO';

/** The report's text, or a refusal: a file that is missing, a folder, over 20 MB (said before it is read), in Big5, no text at all, or empty. */
export async function readReport(file: string, t: CliMessages): Promise<string> {
  let bytes: Uint8Array;
  try {
    const found = await stat(file);
    if (found.isDirectory()) throw new Refusal(t.cannotRead(file, 'EISDIR'));
    if (found.size > REPORT_LIMIT_BYTES) throw new Refusal(t.tooLarge(file, t.size(found.size), t.size(REPORT_LIMIT_BYTES)));
    bytes = await readFile(file);
  } catch (error) {
    throw error instanceof Refusal ? error : new Refusal(t.cannotRead(file, codeOf(error)));
  }
  const decoded = decodeReport(bytes);
  if ('refused' in decoded) throw new Refusal(decoded.refused === 'big5' ? t.big5(file) : t.binary(file));
  if (decoded.text.trim() === '') throw new Refusal(t.emptyReport(file));
  return decoded.text;
}

/**
 * A dataset file's text, decoded as a report is (UTF-8 with or without a BOM, UTF-16 as
 * PowerShell's `>` writes it), or a refusal: a file that cannot be read, is empty or is no text.
 */
export async function readDatasetText(file: string, t: CliMessages): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new Refusal(t.cannotRead(file, codeOf(error)));
  }
  const decoded = decodeReport(bytes);
  if ('refused' in decoded) throw new Refusal(t.datasetNotText(file));
  if (decoded.text.trim() === '') throw new Refusal(t.emptyDataset(file));
  return decoded.text;
}

/** Whether there is a file at `path` (a folder or one that cannot be looked at is one: reading it says what is wrong). */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    return codeOf(error) !== 'ENOENT';
  }
}

/** Writes `path` whole or not at all (`writeWhole`); a failure is a refusal naming the file as `shown`. */
export async function writeFileWhole(path: string, content: string, t: CliMessages, shown = path): Promise<void> {
  try {
    await writeWhole(path, content);
  } catch (error) {
    throw error instanceof WriteError ? new Refusal(t.cannotWrite(shown, error.code)) : error;
  }
}
