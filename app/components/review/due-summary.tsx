"use client";
import { useSyncExternalStore } from "react";

const noop = () => () => {};
/** False during server rendering and hydration, true afterwards (dates are shown in local time). */
function useHydrated(): boolean {
  return useSyncExternalStore(noop, () => true, () => false);
}

const dayKey = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
const DAY_FORMAT: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short" };

/** A time in the reader's time zone (UTC until the page has hydrated). */
export function LocalTime({ iso }: { iso: string }) {
  const hydrated = useHydrated();
  const d = new Date(iso);
  const options: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", ...(hydrated ? {} : { timeZone: "UTC", timeZoneName: "short" }) };
  return <time dateTime={iso}>{d.toLocaleString("en", options)}</time>;
}

interface Props {
  dueNow: number;
  total: number;
  /** ISO due times of cards falling due within 7 days. */
  upcoming: string[];
  /** The server's now (ISO). */
  now: string;
}

/** Due today (now and later today, in the reader's time zone) and the next 7 days by day. */
export function DueSummary({ dueNow, total, upcoming, now }: Props) {
  const hydrated = useHydrated();
  const today = new Date(now);
  const laterToday = hydrated ? upcoming.filter((iso) => dayKey(new Date(iso)) === dayKey(today)).length : 0;
  const days = Array.from({ length: 7 }, (_, i) => {
    const d = new Date(today);
    d.setDate(d.getDate() + i + 1);
    return { key: dayKey(d), label: d.toLocaleDateString("en", DAY_FORMAT), count: 0 };
  });
  for (const iso of upcoming) {
    const day = days.find((x) => x.key === dayKey(new Date(iso)));
    if (day) day.count += 1;
  }
  const max = Math.max(1, ...days.map((d) => d.count));
  return (
    <section aria-labelledby="due-heading" className="card">
      <h2 id="due-heading" className="sr-only">
        What is due
      </h2>
      <dl className="grid grid-cols-3 gap-4 text-center">
        <div>
          <dt className="muted text-sm">Due today</dt>
          <dd className="text-3xl font-bold" data-testid="due-today">
            {dueNow + laterToday}
          </dd>
          <dd className="muted text-xs">{dueNow} ready now</dd>
        </div>
        <div>
          <dt className="muted text-sm">Next 7 days</dt>
          <dd className="text-3xl font-bold">{upcoming.length - laterToday}</dd>
        </div>
        <div>
          <dt className="muted text-sm">Cards in all</dt>
          <dd className="text-3xl font-bold">{total}</dd>
        </div>
      </dl>
      {hydrated && upcoming.length > 0 ? (
        <ol className="mt-4 grid grid-cols-7 items-end gap-1 text-center text-xs" aria-label="Cards due in the next 7 days">
          {days.map((d) => (
            <li key={d.key} className="flex flex-col items-center gap-1">
              <span className="font-medium">{d.count}</span>
              <span aria-hidden className="block w-full max-w-8 rounded-t bg-brand-500 dark:bg-brand-400" style={{ height: `${Math.max(2, (d.count / max) * 48)}px`, opacity: d.count ? 1 : 0.25 }} />
              <span className="muted">{d.label.split(",")[0]}</span>
              <span className="sr-only">{d.label}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
