import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/** One hash over every content file (names and bytes): unchanged hash, nothing to import. */
export function bankHash(root: string, files: string[]): string {
  const h = createHash("sha256");
  for (const f of [...files].sort()) {
    h.update(path.relative(root, f));
    h.update("\0");
    h.update(readFileSync(f));
    h.update("\0");
  }
  return h.digest("hex");
}
