import type { Metadata } from "next";
import { Suspense } from "react";
import { Workbench } from "@/app/components/sandbox/workbench";
import type { OpenedScenario } from "@/app/components/sandbox/use-sandbox-state";
import { getCurrentUser } from "@/lib/auth/session";
import { getSandboxScenario } from "@/lib/db/sandbox";
import { SANDBOX_EXAMPLES } from "./examples";
import { SavedList } from "./saved-list";

export const metadata: Metadata = {
  title: "Sandbox",
  description: "Build any AWS authorization scenario and watch the evaluator decide, step by step.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function openedScenario(userId: string | undefined, id: string | undefined): Promise<OpenedScenario | undefined> {
  if (!id) return undefined;
  if (!userId) return { error: "Sign in to open your saved scenarios." };
  const saved = await getSandboxScenario(userId, id.slice(0, 64));
  return saved ? { name: saved.name, scenario: saved.scenario } : { error: "That saved scenario does not exist (it may have been deleted)." };
}

export default async function SandboxPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await getCurrentUser();
  const open = (await searchParams).open;
  const opened = await openedScenario(user?.id, typeof open === "string" ? open : undefined);
  return (
    <div className="space-y-8 pb-16 lg:pb-0">
      <div>
        <h1 className="text-3xl font-bold">Sandbox</h1>
        <p className="muted mt-1 max-w-3xl">
          Build any authorization request and the policies around it. The decision, the gates and the reasons update as you type, computed in your
          browser by the same evaluator the lessons and quizzes use.
        </p>
      </div>
      <Workbench key={typeof open === "string" ? open : "sandbox"} examples={SANDBOX_EXAMPLES} signedIn={Boolean(user)} opened={opened} />
      {user ? (
        <section className="card" aria-labelledby="saved-heading">
          <h2 id="saved-heading" className="mb-3 text-lg font-semibold">
            Your saved scenarios
          </h2>
          <Suspense fallback={<p className="muted" role="status">Loading your saved scenarios…</p>}>
            <SavedList userId={user.id} />
          </Suspense>
        </section>
      ) : null}
    </div>
  );
}
