"use client";
import { useEffect, useState } from "react";
import type { Role } from "@/lib/generated/prisma/enums";

export type Me = { name: string | null; email: string; role: Role } | null;

let pending: Promise<Me> | null = null;

function loadMe(): Promise<Me> {
  pending ??= fetch("/api/me", { cache: "no-store" })
    .then((r) => (r.ok ? (r.json() as Promise<{ user: Me }>) : { user: null }))
    .then((body) => body.user)
    .catch(() => null);
  return pending;
}

/** The signed-in user for client islands; `undefined` while loading. */
export function useMe(): Me | undefined {
  const [me, setMe] = useState<Me | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadMe().then((m) => live && setMe(m));
    return () => {
      live = false;
    };
  }, []);
  return me;
}
