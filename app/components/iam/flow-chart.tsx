import type { Decision } from "@/lib/iam";
import type { FlowModel, FlowNode } from "./flow-model";

const X = 16;
const W = 244;
const H = 48;
const TOP = 56;
const STEP = 64;
const RX = 290;
const RW = 122;
const CX = X + W / 2;

const DECISION_LABEL: Record<Decision, string> = { Allow: "Allow", ExplicitDeny: "Explicit deny", ImplicitDeny: "Implicit deny" };

function nodeClass(n: FlowNode, decision: Decision): string {
  if (n.state === "decided") {
    return decision === "ExplicitDeny"
      ? "fill-red-50 stroke-red-700 dark:fill-red-950 dark:stroke-red-400"
      : "fill-amber-50 stroke-amber-700 dark:fill-amber-950 dark:stroke-amber-400";
  }
  if (n.state === "passed") return "fill-white stroke-brand-700 dark:fill-slate-900 dark:stroke-brand-300";
  return "fill-slate-50 stroke-slate-400 dark:fill-slate-900 dark:stroke-slate-500";
}

function Arrow({ y1, y2, on, marker }: { y1: number; y2: number; on: boolean; marker: string }) {
  return (
    <line
      x1={CX}
      y1={y1}
      x2={CX}
      y2={y2 - 2}
      strokeWidth={on ? 2.5 : 1.5}
      markerEnd={`url(#${marker})`}
      className={on ? "stroke-brand-700 dark:stroke-brand-300" : "stroke-slate-300 dark:stroke-slate-600"}
    />
  );
}

function Terminal({ x, y, w, label, active, tone, icon }: { x: number; y: number; w: number; label: string; active: boolean; tone: string; icon: string }) {
  return (
    <g role="group" aria-label={`${label}${active ? ": the outcome of this request" : ""}`}>
      <rect x={x} y={y} width={w} height={36} rx={18} strokeWidth={active ? 2.5 : 1} className={active ? tone : "fill-white stroke-slate-300 dark:fill-slate-900 dark:stroke-slate-600"} />
      <text aria-hidden x={x + w / 2} y={y + 23} textAnchor="middle" fontSize={13} fontWeight={active ? 700 : 500} className={active ? "fill-slate-900 dark:fill-white" : "fill-slate-600 dark:fill-slate-300"}>
        {active ? `${icon} ` : ""}
        {label}
      </text>
    </g>
  );
}

/** The evaluation flowchart as SVG with the scenario's path highlighted. */
export function FlowChart({ model, id, titleId, descId }: { model: FlowModel; id: string; titleId: string; descId: string }) {
  const { nodes, decision } = model;
  const decidedIndex = nodes.findIndex((n) => n.state === "decided");
  const lastReached = decision === "Allow" ? nodes.length : decidedIndex;
  const allowY = TOP + nodes.length * STEP;
  const implicitY = decision === "ImplicitDeny" && decidedIndex > 0 ? TOP + decidedIndex * STEP + H / 2 - 18 : TOP + 4 * STEP + H / 2 - 18;
  const marker = `${id}-arrow`;
  const height = allowY + 44;
  return (
    <svg viewBox={`0 0 ${RX + RW + 4} ${height}`} role="group" aria-labelledby={titleId} aria-describedby={descId} className="h-auto w-full max-w-lg">
      <title id={titleId}>AWS policy evaluation flowchart</title>
      <desc id={descId}>
        {`The request passes the steps from top to bottom; this request ends in ${DECISION_LABEL[decision]}.`}
      </desc>
      <defs>
        <marker id={marker} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="fill-slate-500 dark:fill-slate-400" />
        </marker>
      </defs>
      <Terminal x={X + 40} y={8} w={W - 80} label="Request arrives" active={false} tone="" icon="" />
      <Arrow y1={44} y2={TOP} on marker={marker} />
      {nodes.map((n, i) => {
        const y = TOP + i * STEP;
        const label = `Step ${i + 1} of ${nodes.length}, ${n.title}: ${n.status}${n.state === "decided" ? ", this step decided the request" : ""}. ${n.why}`;
        const exitOn = n.state === "decided";
        const exitY = y + H / 2;
        return (
          <g key={n.gate}>
            <g role="group" aria-label={label} opacity={n.state === "unreached" ? 0.5 : 1}>
              <rect x={X} y={y} width={W} height={H} rx={8} strokeWidth={n.state === "decided" ? 3 : 1.5} strokeDasharray={n.state === "skipped" || n.state === "unreached" ? "5 4" : undefined} className={nodeClass(n, decision)} />
              <text aria-hidden x={X + 12} y={y + 20} fontSize={13} fontWeight={600} className="fill-slate-900 dark:fill-slate-100">
                {n.title}
              </text>
              <text aria-hidden x={X + 12} y={y + 38} fontSize={12} className="fill-slate-700 dark:fill-slate-300">
                {n.state === "decided" ? "▶ " : ""}
                {n.status}
              </text>
            </g>
            {i < nodes.length - 1 ? <Arrow y1={y + H} y2={y + STEP} on={i < lastReached} marker={marker} /> : null}
            <path
              d={i === 0 ? `M ${X + W} ${exitY} H ${RX}` : `M ${X + W} ${exitY} H ${RX - 14} V ${implicitY + 18} H ${RX}`}
              fill="none"
              strokeWidth={exitOn ? 2.5 : 1}
              markerEnd={exitOn ? `url(#${marker})` : undefined}
              className={exitOn ? "stroke-slate-700 dark:stroke-slate-200" : "stroke-slate-200 dark:stroke-slate-700"}
            />
          </g>
        );
      })}
      <Arrow y1={TOP + (nodes.length - 1) * STEP + H} y2={allowY} on={decision === "Allow"} marker={marker} />
      <Terminal x={X + 40} y={allowY} w={W - 80} label="Allow" active={decision === "Allow"} tone="fill-emerald-50 stroke-emerald-700 dark:fill-emerald-950 dark:stroke-emerald-400" icon="✓" />
      <Terminal x={RX} y={TOP + H / 2 - 18} w={RW} label="Explicit deny" active={decision === "ExplicitDeny"} tone="fill-red-50 stroke-red-700 dark:fill-red-950 dark:stroke-red-400" icon="✕" />
      <Terminal x={RX} y={implicitY} w={RW} label="Implicit deny" active={decision === "ImplicitDeny"} tone="fill-amber-50 stroke-amber-700 dark:fill-amber-950 dark:stroke-amber-400" icon="○" />
    </svg>
  );
}
