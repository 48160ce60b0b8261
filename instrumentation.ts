// Runs once when the server boots: a bad environment stops the app with a clear message,
// instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnv } = await import("./lib/server/env");
    getEnv();
  }
}
