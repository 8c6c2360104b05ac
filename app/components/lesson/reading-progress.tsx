"use client";
import { useEffect, useRef, useState } from "react";
import { saveLessonProgressAction } from "@/app/lessons/actions";
import { updateProgress, useProgress } from "./progress-store";
import { useActiveAnchor } from "./use-active-anchor";

function readPercent(article: HTMLElement | null): number {
  if (!article) return 0;
  const rect = article.getBoundingClientRect();
  const total = rect.height - window.innerHeight * 0.5;
  if (total <= 0) return 100;
  return Math.max(0, Math.min(100, Math.round((-rect.top / total) * 100)));
}

/**
 * The reading-progress bar; also records how far the reader got and the section they are in
 * (a server action when signed in, localStorage otherwise), a few seconds after they stop.
 */
export function ReadingProgress({ slug, anchors, articleId }: { slug: string; anchors: string[]; articleId: string }) {
  const [percent, setPercent] = useState(0);
  const anchor = useActiveAnchor(anchors);
  const progress = useProgress();
  const saved = useRef({ percent: -1, anchor: null as string | null });

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      setPercent(readPercent(document.getElementById(articleId)));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.removeEventListener("scroll", onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [articleId]);

  const ready = progress.state === "ready";
  const signedIn = ready && progress.signedIn;
  useEffect(() => {
    if (!ready || percent < 3) return;
    const last = saved.current;
    // Each save counts as a visit in the database: save on a new section or every 10% further.
    const further = percent >= last.percent + 10 || (percent === 100 && last.percent < 100);
    if (!further && anchor === last.anchor) return;
    const timer = window.setTimeout(() => {
      saved.current = { percent: Math.max(percent, last.percent), anchor };
      updateProgress(slug, { percent, anchor });
      if (signedIn) void saveLessonProgressAction({ slug, percent, anchor });
    }, 2000);
    return () => window.clearTimeout(timer);
  }, [ready, signedIn, percent, anchor, slug]);

  return (
    <div className="fixed inset-x-0 top-0 z-40 h-1 bg-transparent" role="progressbar" aria-label="Reading progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <div className="h-full bg-brand-600 transition-[width] duration-150 dark:bg-brand-400" style={{ width: `${percent}%` }} />
    </div>
  );
}
