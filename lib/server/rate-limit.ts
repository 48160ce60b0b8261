import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getEnv } from "./env";

// Counters live in PostgreSQL (table rate_limits, created by a migration) so every app instance
// shares them. A small dedicated pool keeps throttling off the main Prisma pool.
type Limiters = { account: RateLimiterPostgres; ip: RateLimiterPostgres };
const globalForLimits = globalThis as unknown as { signInLimiters?: Limiters };

const WINDOW_SECONDS = 15 * 60;

// The limiter names its prepared statements; embedded PGlite serves every socket connection from one
// backend session, where a second connection preparing the same name fails. Unnamed statements work
// on both databases.
class UnnamedStatementClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [config] = args;
    if (config && typeof config === "object" && "name" in config) delete (config as { name?: string }).name;
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

function limiters(): Limiters {
  if (globalForLimits.signInLimiters) return globalForLimits.signInLimiters;
  const env = getEnv();
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2, Client: UnnamedStatementClient });
  const common = {
    storeClient: pool,
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    duration: WINDOW_SECONDS,
  };
  globalForLimits.signInLimiters = {
    account: new RateLimiterPostgres({
      ...common,
      keyPrefix: "signin_account",
      points: env.SIGNIN_MAX_PER_ACCOUNT,
    }),
    ip: new RateLimiterPostgres({ ...common, keyPrefix: "signin_ip", points: env.SIGNIN_MAX_PER_IP }),
  };
  return globalForLimits.signInLimiters;
}

export type ThrottleResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one sign-in attempt against the account and (when known) the IP; refuses once either is exhausted. */
export async function consumeSignInAttempt(email: string, ip: string | null): Promise<ThrottleResult> {
  const { account, ip: byIp } = limiters();
  try {
    await Promise.all([account.consume(email.toLowerCase()), ip ? byIp.consume(ip) : null]);
    return { allowed: true };
  } catch (e) {
    if (e instanceof RateLimiterRes)
      return { allowed: false, retryAfterSeconds: Math.ceil(e.msBeforeNext / 1000) };
    throw e;
  }
}

/** A successful sign-in clears the account's counter (the IP counter keeps counting). */
export async function resetAccountAttempts(email: string): Promise<void> {
  await limiters().account.delete(email.toLowerCase());
}
