/**
 * Writes a file whole or not at all, for every file the command-line tools write: the content goes
 * to a temporary file beside the target (same folder, so same disk), is flushed to the disk and
 * closed, and only then renamed over the target, which the system does in one step. Killed at any
 * moment (a closed terminal, a full disk, a power cut), the target is either as it was or wholly new;
 * never opened with truncation, never half written. A temporary file a killed run left behind is
 * removed by the next run that writes the same target.
 */
import { constants } from 'node:fs';
import { access, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Why a file was not written: a system error code (EACCES, ENOSPC…) or `read-only`. The target is as it was. */
export class WriteError extends Error {
  constructor(
    readonly code: string,
    readonly path: string,
  ) {
    super(`${path}: cannot be written (${code})`);
    this.name = 'WriteError';
  }
}

/**
 * For tests only: set, the writer stops after the temporary file is written and flushed, says so on
 * stderr (`paused before renaming <temporary file>`) and waits to be killed, as a run killed at the
 * worst moment would be.
 */
export const PAUSE_BEFORE_RENAME = 'FAZHI_TEST_PAUSE_BEFORE_RENAME';

const temporaryName = (target: string) => `.${basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`;

/** Whether the process `pid` is running (a temporary file of a running writer is left alone). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files earlier runs that were killed left beside `target`. */
async function removeLeftovers(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  for (const name of await readdir(dirname(target)).catch(() => [])) {
    const pid = Number(name.slice(prefix.length).match(/^(\d+)-[a-z0-9]+\.tmp$/)?.[1]);
    if (name.startsWith(prefix) && pid && pid !== process.pid && !running(pid)) await unlink(join(dirname(target), name)).catch(() => {});
  }
}

/** The target's permissions, kept by the new file; refused when it is read-only (even to root, who could write it). */
async function modeOf(target: string): Promise<number> {
  const found = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!found) return 0o666;
  if (found.isDirectory()) throw new WriteError('EISDIR', target);
  if ((found.mode & 0o222) === 0) throw new WriteError('read-only', target);
  await access(target, constants.W_OK);
  return found.mode & 0o7777;
}

export async function writeWhole(target: string, content: string | Uint8Array): Promise<void> {
  const folder = dirname(target);
  let temporary: string | undefined;
  try {
    const mode = await modeOf(target);
    await removeLeftovers(target);
    temporary = join(folder, temporaryName(target));
    const file = await open(temporary, 'wx', mode);
    try {
      await file.writeFile(content);
      await file.sync();
    } finally {
      await file.close();
    }
    if (process.env[PAUSE_BEFORE_RENAME]) {
      process.stderr.write(`paused before renaming ${temporary}\n`);
      await new Promise(() => setInterval(() => {}, 60_000));
    }
    await rename(temporary, target);
    temporary = undefined;
    await syncFolder(folder);
  } catch (error) {
    if (temporary) await unlink(temporary).catch(() => {});
    if (error instanceof WriteError) throw error;
    throw new WriteError((error as NodeJS.ErrnoException).code ?? 'EIO', target);
  }
}

/** The rename itself reaches the disk once the folder is flushed (where a system cannot flush a folder, it is left to it). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder as a file: its renames are flushed by the system.
  }
}
