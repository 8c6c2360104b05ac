"use client";
import { useState } from "react";
import { DueSummary } from "./due-summary";
import { ReviewSession } from "./review-session";
import type { ReviewItem } from "./types";

const WEEK_MS = 7 * 86_400_000;

interface Props {
  dueNow: number;
  total: number;
  upcoming: string[];
  now: string;
  items: ReviewItem[];
}

/** The counts and the session together, so the counts follow each rating without a reload. */
export function ReviewBoard({ dueNow, total, upcoming, now, items }: Props) {
  const [rated, setRated] = useState<string[]>([]);
  const soon = rated.filter((iso) => new Date(iso).getTime() <= new Date(now).getTime() + WEEK_MS);
  return (
    <div className="space-y-8">
      <DueSummary dueNow={Math.max(0, dueNow - rated.length)} total={total} upcoming={[...upcoming, ...soon]} now={now} />
      <ReviewSession items={items} onRated={(due) => setRated((r) => [...r, due])} />
    </div>
  );
}
