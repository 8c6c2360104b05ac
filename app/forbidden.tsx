import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="font-mono text-sm text-red-700 dark:text-red-400">403 · AccessDenied</p>
      <h1 className="mt-2 text-3xl font-bold">You do not have access to this page</h1>
      <p className="muted mt-3">Your account&apos;s role does not allow it. If you think it should, ask an administrator.</p>
      <Link href="/dashboard" className="btn-primary mt-6">Go to your dashboard</Link>
    </div>
  );
}
