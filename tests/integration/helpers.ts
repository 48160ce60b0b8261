import { db } from "@/lib/server/db";

let counter = 0;
/** A unique email per call, so tests never collide on the shared run database. */
export function uniqueEmail(tag = "user") {
  counter += 1;
  return `${tag}.${Date.now()}.${counter}@example.test`;
}

export async function ensureCertification(slug = "ciip") {
  return db().certification.upsert({
    where: { slug },
    update: {},
    create: {
      slug,
      code: slug.toUpperCase(),
      name: `${slug.toUpperCase()} test certification`,
      body: "abii",
      bodyName: "Test body",
      audience: "Testers",
      summary: "A certification row created by a test.",
      facts: [],
      outline: "Test outline",
      outlineSource: "https://example.test/outline",
      sortOrder: 99,
    },
  });
}

/** Imports the real question bank once per run (idempotent, so files may call it in any order). */
export async function ensureBankImported() {
  const { checkBank } = await import("@/lib/content/check");
  const { bankHash } = await import("@/lib/content/bank-hash");
  const { importBank } = await import("@/lib/server/content-import");
  const path = await import("node:path");
  const root = path.resolve(import.meta.dirname, "../../questions");
  const result = checkBank(root);
  if (!result.bank) throw new Error("question bank failed to load");
  await importBank(db(), result.bank, bankHash(root, result.files));
}
