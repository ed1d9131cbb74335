import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One SHA-256 over every file under `root` (relative path and bytes, in a stable order), so "stored data
 * byte-identical before and after" is a single comparison. Missing `root` hashes as empty. `skip` leaves
 * out files that change without any data changing (SQLite's -shm index is rewritten by readers).
 */
export function fingerprint(root: string, options: { skip?: RegExp } = {}): string {
  const hash = createHash('sha256');
  const visit = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (!options.skip?.test(name)) hash.update(`${relative(root, path)}\0`).update(readFileSync(path)).update('\0');
    }
  };
  visit(root);
  return hash.digest('hex');
}
