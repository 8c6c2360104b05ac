import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTopics } from "@/lib/content/topics";

function tempRoot(yaml: string): string {
  const root = mkdtempSync(path.join(tmpdir(), "topics-"));
  mkdirSync(path.join(root, "content"));
  writeFileSync(path.join(root, "content", "topics.yaml"), yaml);
  return root;
}

describe("loadTopics", () => {
  it("loads the course's topics with their exam domains", () => {
    const { topics, tracks } = loadTopics(process.cwd());
    expect(tracks.length).toBeGreaterThan(0);
    expect(topics.map((t) => t.id)).toContain("passrole");
    expect(topics.find((t) => t.id === "identities")?.domains).toContain("SAA-C03 1.1");
  });

  it("names the file and path of an unknown track", () => {
    const root = tempRoot("tracks: [{id: a, title: A}]\ntopics: [{id: t, title: T, track: b, domains: ['SAA-C03 1.1']}]\n");
    expect(() => loadTopics(root)).toThrow("content/topics.yaml: topics.0.track: unknown track `b`");
  });

  it("rejects a malformed exam domain", () => {
    const root = tempRoot("tracks: [{id: a, title: A}]\ntopics: [{id: t, title: T, track: a, domains: ['SAA 1']}]\n");
    expect(() => loadTopics(root)).toThrow(/topics\.0\.domains\.0: must look like `SAA-C03 1\.1`/);
  });
});
