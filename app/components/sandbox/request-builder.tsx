"use client";
import { useState } from "react";
import { deriveContext } from "@/lib/iam";
import { contextRow, contextText, type RequestFields } from "./model";

interface Props {
  request: RequestFields;
  managementAccountId: string;
  onChange: (request: RequestFields) => void;
  onManagementAccountChange: (value: string) => void;
}

const input = "input font-mono text-[13px]";
const textProps = { spellCheck: false, autoCapitalize: "off", autoCorrect: "off", autoComplete: "off" } as const;

/** Merges the derived keys into the rows: existing keys (any case) are updated, others added. */
function mergeDerived(request: RequestFields): { rows: RequestFields["context"]; added: number; updated: number } {
  const derived = deriveContext(request.principal.trim());
  const rows = [...request.context];
  let added = 0;
  let updated = 0;
  for (const [key, value] of Object.entries(derived)) {
    const text = contextText(value);
    const i = rows.findIndex((r) => r.key.trim().toLowerCase() === key.toLowerCase());
    const row = i === -1 ? undefined : rows[i];
    if (!row) {
      rows.push(contextRow(rows, key, text));
      added += 1;
    } else if (row.value !== text) {
      rows[i] = { ...row, value: text };
      updated += 1;
    }
  }
  return { rows, added, updated };
}

/** The request: principal, action, resource, accounts and the request context. */
export function RequestBuilder({ request, managementAccountId, onChange, onManagementAccountChange }: Props) {
  const [status, setStatus] = useState("");
  const set = (key: keyof Omit<RequestFields, "context">) => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...request, [key]: e.target.value });
  const setRow = (id: number, patch: { key?: string; value?: string }) => onChange({ ...request, context: request.context.map((r) => (r.id === id ? { ...r, ...patch } : r)) });

  function derive() {
    if (!request.principal.trim()) {
      setStatus("Enter a principal first.");
      return;
    }
    const { rows, added, updated } = mergeDerived(request);
    onChange({ ...request, context: rows });
    setStatus(added + updated === 0 ? "The context already has every key AWS derives from this principal." : `Added ${added} and updated ${updated} key${added + updated === 1 ? "" : "s"} AWS derives from the principal.`);
  }

  return (
    <section aria-labelledby="request-heading" className="card space-y-4 p-4">
      <h2 id="request-heading" className="text-lg font-semibold">
        Request
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <label className="label" htmlFor="req-principal">Principal ARN</label>
          <input id="req-principal" className={input} value={request.principal} onChange={set("principal")} placeholder="arn:aws:iam::111122223333:user/alice" {...textProps} />
        </div>
        <div>
          <label className="label" htmlFor="req-principal-account">Principal account</label>
          <input id="req-principal-account" className={input} value={request.principalAccount} onChange={set("principalAccount")} inputMode="numeric" {...textProps} />
        </div>
        <div className="sm:col-span-3">
          <label className="label" htmlFor="req-action">Action</label>
          <input id="req-action" className={input} value={request.action} onChange={set("action")} placeholder="s3:GetObject" {...textProps} />
        </div>
        <div className="sm:col-span-2">
          <label className="label" htmlFor="req-resource">Resource ARN</label>
          <input id="req-resource" className={input} value={request.resource} onChange={set("resource")} placeholder="arn:aws:s3:::bucket/key or *" {...textProps} />
        </div>
        <div>
          <label className="label" htmlFor="req-resource-account">Resource account</label>
          <input id="req-resource-account" className={input} value={request.resourceAccount} onChange={set("resourceAccount")} inputMode="numeric" {...textProps} />
        </div>
        <div className="sm:col-span-3">
          <label className="label" htmlFor="req-management-account">
            Organization management account <span className="muted font-normal">(optional: exempts it from SCPs and RCPs)</span>
          </label>
          <input id="req-management-account" className={`${input} sm:max-w-xs`} value={managementAccountId} onChange={(e) => onManagementAccountChange(e.target.value)} inputMode="numeric" {...textProps} />
        </div>
      </div>

      <fieldset>
        <legend className="label">Request context</legend>
        <p className="muted mb-2 text-xs">
          The evaluator uses only the keys listed here. For several values, write a JSON array: <code>[&quot;a&quot;, &quot;b&quot;]</code>.
        </p>
        {request.context.length === 0 ? <p className="muted mb-2 text-sm">No context keys.</p> : null}
        <ul className="space-y-2">
          {request.context.map((row, i) => (
            <li key={row.id} className="grid grid-cols-[minmax(0,1fr)_auto] gap-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto]">
              <label className="sr-only" htmlFor={`ctx-key-${row.id}`}>Context key {i + 1}</label>
              <input id={`ctx-key-${row.id}`} className={`${input} col-span-1`} value={row.key} placeholder="aws:SourceIp" onChange={(e) => setRow(row.id, { key: e.target.value })} {...textProps} />
              <label className="sr-only" htmlFor={`ctx-value-${row.id}`}>Value of context key {i + 1}{row.key ? ` (${row.key})` : ""}</label>
              <input id={`ctx-value-${row.id}`} className={`${input} order-3 col-span-2 sm:order-none sm:col-span-1`} value={row.value} placeholder="203.0.113.5" onChange={(e) => setRow(row.id, { value: e.target.value })} {...textProps} />
              <button type="button" className="btn-secondary px-2.5 py-1.5 text-xs" onClick={() => onChange({ ...request, context: request.context.filter((r) => r.id !== row.id) })} aria-label={`Remove context key ${i + 1}${row.key ? ` (${row.key})` : ""}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className="btn-secondary px-3 py-1.5" onClick={() => onChange({ ...request, context: [...request.context, contextRow(request.context)] })}>
            Add context key
          </button>
          <button type="button" className="btn-secondary px-3 py-1.5" onClick={derive}>
            Fill in the keys AWS derives
          </button>
        </div>
        <p role="status" className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {status}
        </p>
      </fieldset>
    </section>
  );
}
