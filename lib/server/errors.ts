import "server-only";
import { z } from "zod";

/** The closed set of errors the app raises on purpose. Anything else is a bug and becomes a 500. */
export type AppErrorCode =
  "NOT_FOUND" | "FORBIDDEN" | "INVALID" | "CONFLICT" | "EXPIRED" | "RATE_LIMITED" | "UNAUTHORIZED";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  EXPIRED: 410,
  INVALID: 422,
  RATE_LIMITED: 429,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
  get status() {
    return STATUS[this.code];
  }
}

export const notFound = (what = "That item") => new AppError("NOT_FOUND", `${what} was not found.`);
export const forbidden = (message = "You do not have access to this.") => new AppError("FORBIDDEN", message);
export const invalid = (message: string, fieldErrors?: Record<string, string[]>) =>
  new AppError("INVALID", message, fieldErrors);
export const conflict = (message: string) => new AppError("CONFLICT", message);
export const expired = (message: string) => new AppError("EXPIRED", message);
export const unauthorized = () => new AppError("UNAUTHORIZED", "Please sign in to continue.");
export const rateLimited = (message: string) => new AppError("RATE_LIMITED", message);

export function fromZod(error: z.ZodError, message = "Please correct the highlighted fields."): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return invalid(message, fieldErrors);
}

/** Maps any thrown value to an AppError; unknown errors are logged and hidden behind a generic 500. */
export function toAppError(error: unknown): AppError & { status: number } {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return fromZod(error);
  console.error(error);
  const internal = new AppError("INVALID", "Something went wrong on our side. Please try again.");
  Object.defineProperty(internal, "status", { value: 500 });
  return internal;
}

/** The JSON error reply for any thrown value: `{ error: { code, message, fieldErrors } }` and its status. */
export function errorReply(error: unknown): { status: number; body: unknown } {
  const e = toAppError(error);
  return {
    status: e.status,
    body: {
      error: { code: e.status === 500 ? "INTERNAL" : e.code, message: e.message, fieldErrors: e.fieldErrors },
    },
  };
}

export function errorResponse(error: unknown): Response {
  const { status, body } = errorReply(error);
  return Response.json(body, { status });
}
