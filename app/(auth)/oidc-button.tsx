import { signIn } from "@/lib/auth/config";
import { env } from "@/lib/env";

/** "Sign in with <IdP>" when an OIDC provider is configured (AUTH_OIDC_*). */
export function OidcButton() {
  const e = env();
  if (!e.AUTH_OIDC_ISSUER) return null;
  async function oidcSignIn() {
    "use server";
    await signIn("oidc", { redirectTo: "/dashboard" });
  }
  return (
    <form action={oidcSignIn} className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
      <button type="submit" className="btn-secondary w-full">
        Sign in with {e.AUTH_OIDC_NAME}
      </button>
    </form>
  );
}
