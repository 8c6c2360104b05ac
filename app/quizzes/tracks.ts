import "server-only";
import { loadTopics } from "@/lib/content/topics";

let titles: Map<string, string> | undefined;

/** Track titles by id, in course order (content/topics.yaml, read once per process). */
export function trackTitles(): Map<string, string> {
  titles ??= new Map(loadTopics(process.cwd()).tracks.map((t) => [t.id, t.title]));
  return titles;
}
