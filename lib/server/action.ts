import "server-only";
import type { z } from "zod";
import { unstable_rethrow } from "next/navigation";
import { requireUser, type SessionUser } from "./auth";
import { fromZod, toAppError } from "./errors";

/** What every form action returns to `useActionState`: field errors, a form message, or success. */
export type ActionState<T = undefined> =
  | { status: "idle" }
  | { status: "success"; message?: string; data?: T }
  | {
      status: "error";
      message: string;
      fieldErrors?: Record<string, string[]>;
      values?: Record<string, string>;
    };

export const idle: ActionState = { status: "idle" };

/** Form fields as an object; fields named `name[]` (checkbox groups) become arrays under `name`. */
function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    if (key.endsWith("[]")) {
      const name = key.slice(0, -2);
      const list = values[name];
      values[name] = Array.isArray(list) ? [...list, value] : [value];
    } else values[key] = value;
  }
  return values;
}

const SECRET_FIELDS = new Set(["password", "confirmPassword"]);

type Handler<S extends z.ZodType, T, U> = (input: z.output<S>, user: U) => Promise<ActionState<T> | void>;

function run<S extends z.ZodType, T, U>(schema: S, getUser: () => Promise<U>, handler: Handler<S, T, U>) {
  return async (_prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const values = formValues(formData);
    // Echo non-secret input back so a failed form keeps what the user typed.
    const echo = Object.fromEntries(
      Object.entries(values).filter(
        (e): e is [string, string] => typeof e[1] === "string" && !SECRET_FIELDS.has(e[0]),
      ),
    );
    try {
      const user = await getUser();
      const parsed = schema.safeParse(values);
      if (!parsed.success) throw fromZod(parsed.error);
      return (await handler(parsed.data, user)) ?? { status: "success" };
    } catch (error) {
      unstable_rethrow(error); // let redirect() and notFound() through
      const e = toAppError(error);
      return { status: "error", message: e.message, fieldErrors: e.fieldErrors, values: echo };
    }
  };
}

/** A form action for signed-in users: session check, zod validation and the error policy in one place. */
export function userAction<S extends z.ZodType, T = undefined>(
  schema: S,
  handler: Handler<S, T, SessionUser>,
) {
  return run(schema, requireUser, handler);
}

/** A form action open to visitors (sign-up). Same validation and error policy. */
export function publicAction<S extends z.ZodType, T = undefined>(schema: S, handler: Handler<S, T, null>) {
  return run(schema, () => Promise.resolve(null), handler);
}
