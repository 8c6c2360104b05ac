import { z } from "zod";

const bool = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Every environment variable Principal reads, validated once. Documented in README.md. */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
      .optional(),
    PRINCIPAL_EMBEDDED_DB: bool,
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with `openssl rand -base64 33`)").optional(),
    AUTH_URL: z.url().optional(),
    AUTH_TRUST_HOST: bool,
    AUTH_OIDC_ISSUER: z.url().optional(),
    AUTH_OIDC_ID: z.string().min(1).optional(),
    AUTH_OIDC_SECRET: z.string().min(1).optional(),
    AUTH_OIDC_NAME: z.string().min(1).default("Single sign-on"),
    ADMIN_EMAIL: z.email().optional(),
    SEED_DEMO: bool,
    SIGNIN_MAX_PER_EMAIL: positiveInt(5),
    SIGNIN_MAX_PER_IP: positiveInt(30),
    SIGNIN_WINDOW_SECONDS: positiveInt(900),
    EVALUATE_MAX_PER_IP: positiveInt(120),
    EVALUATE_WINDOW_SECONDS: positiveInt(60),
    TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
    PRINCIPAL_TEST_CLOCK: bool,
  })
  .superRefine((env, ctx) => {
    const oidc = [env.AUTH_OIDC_ISSUER, env.AUTH_OIDC_ID, env.AUTH_OIDC_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_OIDC_ISSUER"],
        message: "AUTH_OIDC_ISSUER, AUTH_OIDC_ID and AUTH_OIDC_SECRET must be set together",
      });
    }
    if (env.PRINCIPAL_TEST_CLOCK && env.NODE_ENV === "production" && !env.PRINCIPAL_EMBEDDED_DB) {
      ctx.addIssue({ code: "custom", path: ["PRINCIPAL_TEST_CLOCK"], message: "must not be set in production" });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Formats zod issues as `NAME: problem` lines. */
export function formatEnvIssues(error: z.ZodError): string {
  return error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`).join("\n");
}

/** Parses an environment; throws an Error naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new Error(`Invalid environment:\n${formatEnvIssues(result.error)}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment of this process (parsed on first use). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
