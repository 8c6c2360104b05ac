import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="font-mono text-sm text-brand-700 dark:text-brand-300">404 · ImplicitDeny</p>
      <h1 className="mt-2 text-3xl font-bold">This page does not exist</h1>
      <p className="muted mt-3">No statement matched this path. Check the address, or start again from the home page.</p>
      <Link href="/" className="btn-primary mt-6">Go to the home page</Link>
    </div>
  );
}
