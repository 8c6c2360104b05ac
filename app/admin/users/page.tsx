import type { Metadata } from "next";
import { Pagination } from "@/app/components/pagination";
import { requireRole } from "@/lib/auth/session";
import { listUsers } from "@/lib/db/users";
import { UserRow } from "./user-row";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const me = await requireRole("ADMIN", "/admin/users");
  const { q = "", page: pageParam } = await searchParams;
  const page = Math.max(1, Number.parseInt(pageParam ?? "1", 10) || 1);
  const { users, total, pageSize } = await listUsers(q.trim().slice(0, 100), page);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (p: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) }).toString()}`;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Users</h1>
      <form role="search" className="flex max-w-md gap-2" action="/admin/users">
        <label htmlFor="q" className="sr-only">
          Search users by email or name
        </label>
        <input id="q" name="q" defaultValue={q} placeholder="Search by email or name" className="input" />
        <button type="submit" className="btn-secondary">
          Search users
        </button>
      </form>
      <p className="muted text-sm" aria-live="polite">
        {total} {total === 1 ? "user" : "users"}
        {q ? ` matching “${q}”` : ""}
      </p>
      <div className="card overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">Users and their roles</caption>
          <thead className="text-sm text-slate-600 dark:text-slate-400">
            <tr>
              <th scope="col" className="pb-2">User</th>
              <th scope="col" className="pb-2">Role</th>
              <th scope="col" className="pb-2">Access</th>
              <th scope="col" className="pb-2">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {users.map((u) => (
              <UserRow key={u.id} user={{ ...u, createdAt: u.createdAt.toISOString() }} isSelf={u.id === me.id} />
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pages={pages} href={link} />
    </div>
  );
}
