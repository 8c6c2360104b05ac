import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("applies documented defaults to an empty environment", () => {
    const env = parseEnv({});
    expect(env.SIGNIN_MAX_PER_EMAIL).toBe(5);
    expect(env.TRUSTED_PROXIES).toBe(0);
    expect(env.NODE_ENV).toBe("development");
  });

  it("names the variable when a value is bad", () => {
    expect(() => parseEnv({ SIGNIN_MAX_PER_EMAIL: "many" })).toThrow(/SIGNIN_MAX_PER_EMAIL/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgresql:\/\/ connection URL/);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET: must be at least 32 characters/);
  });

  it("requires the three OIDC variables together", () => {
    expect(() => parseEnv({ AUTH_OIDC_ISSUER: "https://idp.example.com" })).toThrow(/AUTH_OIDC_ISSUER, AUTH_OIDC_ID and AUTH_OIDC_SECRET/);
    const env = parseEnv({ AUTH_OIDC_ISSUER: "https://idp.example.com", AUTH_OIDC_ID: "id", AUTH_OIDC_SECRET: "s" });
    expect(env.AUTH_OIDC_NAME).toBe("Single sign-on");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", ADMIN_EMAIL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("reads boolean flags written as 1 or true", () => {
    expect(parseEnv({ SEED_DEMO: "1" }).SEED_DEMO).toBe(true);
    expect(parseEnv({ SEED_DEMO: "false" }).SEED_DEMO).toBe(false);
  });
});
