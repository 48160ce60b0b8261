import { z } from "zod";

const ZEnv = z.object({
  DATABASE_URL: z
    .string({
      error: "DATABASE_URL is not set. Start the app with `npm run dev` (embedded database) or set it.",
    })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET is not set (the launcher sets one for local runs)." })
    .min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  NEXTAUTH_URL: z.url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Sign-in attempts allowed per account and per IP in the throttling window. */
  SIGNIN_MAX_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  SIGNIN_MAX_PER_IP: z.coerce.number().int().positive().default(30),
  /** Set to 1 behind a reverse proxy, so X-Forwarded-For identifies the client for throttling. */
  TRUST_PROXY: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
});

/** Just the database URL — for tools (importer, scripts) that need nothing else. */
export function getDatabaseUrl(): string {
  return ZEnv.shape.DATABASE_URL.parse(process.env.DATABASE_URL);
}

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

/**
 * The validated environment. Called at boot (instrumentation.ts) and lazily by server code —
 * never at import time, because `next build` imports route modules without a database.
 */
export function getEnv(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
