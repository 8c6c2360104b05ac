"use client";
import { useActionState } from "react";
import { changeRoleAction, setDisabledAction } from "./actions";

type Row = { id: string; email: string; name: string | null; role: string; disabled: boolean; createdAt: string };

/** One user: role picker and enable/disable, each a real server action with its own status. */
export function UserRow({ user, isSelf }: { user: Row; isSelf: boolean }) {
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, null);
  const [disableState, disableAction, disablePending] = useActionState(setDisabledAction, null);
  const status = roleState ?? disableState;
  return (
    <tr className="align-top">
      <td className="py-3 pr-4">
        <span className="block font-medium">{user.name ?? "—"}</span>
        <span className="muted text-sm">{user.email}</span>
        {isSelf && <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">you</span>}
      </td>
      <td className="py-3 pr-4">
        <form action={roleAction} className="flex items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label htmlFor={`role-${user.id}`} className="sr-only">
            Role of {user.email}
          </label>
          <select id={`role-${user.id}`} name="role" defaultValue={user.role} className="input w-36">
            <option value="LEARNER">Learner</option>
            <option value="INSTRUCTOR">Instructor</option>
            <option value="ADMIN">Admin</option>
          </select>
          <button type="submit" className="btn-secondary" disabled={rolePending} aria-label={`Save role of ${user.email}`}>
            {rolePending ? "Saving…" : "Save"}
          </button>
        </form>
      </td>
      <td className="py-3 pr-4">
        <form action={disableAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
          <button
            type="submit"
            className={user.disabled ? "btn-secondary" : "btn-danger"}
            disabled={disablePending}
            aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.email}`}
          >
            {user.disabled ? "Enable" : "Disable"}
          </button>
        </form>
      </td>
      <td className="py-3 text-sm">
        {user.disabled && <span className="mr-2 font-medium text-red-700 dark:text-red-400">Disabled</span>}
        <span role="status" aria-live="polite">
          {status && <span className={status.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}>{status.message}</span>}
        </span>
      </td>
    </tr>
  );
}
