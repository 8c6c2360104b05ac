import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case");

/** `content/topics.yaml`: tracks and topics, the shared vocabulary of lessons and questions. */
export const topicsFileSchema = z
  .object({
    tracks: z.array(z.object({ id, title: z.string().min(1) }).strict()).min(1),
    topics: z
      .array(
        z
          .object({
            id,
            title: z.string().min(1),
            track: id,
            domains: z.array(z.string().regex(/^[A-Z]{3}-C0\d \d\.\d$/, "must look like `SAA-C03 1.1`")).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const tracks = new Set(file.tracks.map((t) => t.id));
    const seen = new Set<string>();
    file.topics.forEach((topic, i) => {
      if (!tracks.has(topic.track)) ctx.addIssue({ code: "custom", path: ["topics", i, "track"], message: `unknown track \`${topic.track}\`` });
      if (seen.has(topic.id)) ctx.addIssue({ code: "custom", path: ["topics", i, "id"], message: `duplicate topic \`${topic.id}\`` });
      seen.add(topic.id);
    });
  });

export type TopicsFile = z.infer<typeof topicsFileSchema>;
export type Topic = TopicsFile["topics"][number];

/** Formats a zod error as `file: path: message` lines. */
export function formatContentError(file: string, error: z.ZodError): string {
  return error.issues.map((i) => `${file}: ${i.path.join(".") || "(root)"}: ${i.message}`).join("\n");
}

/** Loads and validates content/topics.yaml; throws naming the file and path of every problem. */
export function loadTopics(root: string): TopicsFile {
  const file = path.join(root, "content", "topics.yaml");
  const result = topicsFileSchema.safeParse(parse(readFileSync(file, "utf8")));
  if (!result.success) throw new Error(formatContentError("content/topics.yaml", result.error));
  return result.data;
}
