import type { Metadata } from "next";
import Link from "next/link";
import { AuthForm } from "../auth-form";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">Create an account</h1>
      <p className="muted mb-6 text-sm">Free. Your progress, quiz history and reviews are kept with your account.</p>
      <div className="card">
        <AuthForm
          action={signUpAction}
          submitLabel="Create account"
          fields={[
            { name: "name", label: "Name", type: "text", autoComplete: "name" },
            { name: "email", label: "Email", type: "email", autoComplete: "email" },
            { name: "password", label: "Password (at least 10 characters)", type: "password", autoComplete: "new-password" },
            { name: "confirm", label: "Repeat the password", type: "password", autoComplete: "new-password" },
          ]}
        />
      </div>
      <p className="muted mt-4 text-center text-sm">
        Already registered?{" "}
        <Link href="/signin" className="font-medium text-brand-700 underline dark:text-brand-300">
          Sign in
        </Link>
      </p>
    </div>
  );
}
