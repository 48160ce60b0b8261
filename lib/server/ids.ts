import "server-only";
import { randomBytes } from "node:crypto";

// Ids for rows inserted with raw SQL, shaped like the cuids Prisma generates for the same columns
// (`c`, time, counter, process fingerprint, randomness: 25 lowercase characters).
const base36 = (n: number, width: number) => n.toString(36).padStart(width, "0").slice(-width);
const fingerprint = base36(randomBytes(4).readUInt32BE(), 4);
let counter = Math.floor(Math.random() * 36 ** 4);

export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const random = randomBytes(6).readUIntBE(0, 6) % 36 ** 8;
  return `c${base36(Date.now(), 8)}${base36(counter, 4)}${fingerprint}${base36(random, 8)}`;
}
