import type { Metadata } from "next";
import Link from "next/link";
import { AuthForm } from "../auth-form";
import { signInAction } from "../actions";
import { OidcButton } from "../oidc-button";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">Sign in</h1>
      <p className="muted mb-6 text-sm">Sign in to save your progress, quiz results and reviews.</p>
      <div className="card">
        <AuthForm
          action={signInAction}
          submitLabel="Sign in"
          callbackUrl={callbackUrl}
          fields={[
            { name: "email", label: "Email", type: "email", autoComplete: "email" },
            { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
          ]}
        />
        <OidcButton />
      </div>
      <p className="muted mt-4 text-center text-sm">
        New here?{" "}
        <Link href="/signup" className="font-medium text-brand-700 underline dark:text-brand-300">
          Create an account
        </Link>
      </p>
    </div>
  );
}
