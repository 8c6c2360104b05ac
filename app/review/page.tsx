import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { Suspense } from "react";
import { DueSummary, LocalTime } from "@/app/components/review/due-summary";
import { ReviewBoard } from "@/app/components/review/review-board";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getReviewOverview, listDueCards, syncReviewCards } from "@/lib/db/review";
import { buildReviewItem } from "./review-item";

export const metadata: Metadata = { title: "Review" };

/** Cards due in one session; the rest come with "Check for more". */
const SESSION_SIZE = 20;

async function ReviewContent({ userId }: { userId: string }) {
  const at = now(await headers());
  await syncReviewCards(userId, at);
  const [overview, due] = await Promise.all([getReviewOverview(userId, at), listDueCards(userId, at, SESSION_SIZE)]);
  if (overview.total === 0) {
    return (
      <div className="card space-y-3">
        <h2 className="text-lg font-semibold">Answer some quiz questions first</h2>
        <p>Every question you answer in a quiz becomes a review card here. The ones you get wrong come back first.</p>
        <Link href="/quizzes" className="btn-primary">
          Go to the quizzes
        </Link>
      </div>
    );
  }
  const items = due.map(buildReviewItem);
  const upcoming = overview.upcoming.map((d) => d.toISOString());
  if (items.length > 0) return <ReviewBoard key={items.map((i) => `${i.cardId}:${i.reps}`).join()} dueNow={overview.dueNow} total={overview.total} upcoming={upcoming} now={at.toISOString()} items={items} />;
  return (
    <div className="space-y-8">
      <DueSummary dueNow={0} total={overview.total} upcoming={upcoming} now={at.toISOString()} />
      <div className="card space-y-2" role="status">
        <h2 className="text-lg font-semibold">
          Nothing due{overview.nextDue ? " — next review on " : ""}
          {overview.nextDue ? <LocalTime iso={overview.nextDue.toISOString()} /> : null}
        </h2>
        <p className="muted">
          Come back then, or keep learning: <Link href="/quizzes" className="font-medium text-brand-700 underline dark:text-brand-300">take a quiz</Link> or{" "}
          <Link href="/sandbox" className="font-medium text-brand-700 underline dark:text-brand-300">try the sandbox</Link>.
        </p>
      </div>
    </div>
  );
}

export default async function ReviewPage() {
  const user = await requireUser("/review");
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div>
        <h1 className="text-3xl font-bold">Review</h1>
        <p className="muted mt-1">Questions you have answered come back just before you would forget them (spaced repetition with FSRS).</p>
      </div>
      <Suspense fallback={<p className="muted card" role="status">Loading your review cards…</p>}>
        <ReviewContent userId={user.id} />
      </Suspense>
    </div>
  );
}
