import { getTerm } from "@/app/lessons/lesson-data";
import { TermTooltip } from "./term-tooltip";

/** `<Term id>`: the words, with the glossary definition as a tooltip. Unknown ids fail the build. */
export function Term({ id, children }: { id: string; children?: React.ReactNode }) {
  const term = getTerm(id);
  if (!term) throw new Error(`unknown glossary term \`${id}\``);
  return (
    <TermTooltip term={term.term} definition={term.definition}>
      {children ?? term.term}
    </TermTooltip>
  );
}
