import type { MDXComponents } from "mdx/types";
import { Flow } from "@/app/components/iam/flow";
import { Policy } from "@/app/components/iam/policy";
import { TryIt } from "@/app/components/iam/try-it";
import { Callout } from "./callout";
import { CodeBlock } from "./code-block";
import { Quiz } from "./quiz";
import { Term } from "./term";
import "./lesson-ui.css";

type Props<T extends keyof React.JSX.IntrinsicElements> = React.ComponentProps<T>;

function Heading({ as: Tag, id, children, className }: { as: "h2" | "h3"; id?: string; children?: React.ReactNode; className: string }) {
  return (
    <Tag id={id} className={className}>
      {children}
      {id ? (
        <a href={`#${id}`} className="heading-anchor lx-anchor" aria-label="Link to this section">
          #
        </a>
      ) : null}
    </Tag>
  );
}

/** A plain link, even to another lesson: prose is static HTML (no `next/link`, a client component). */
function Anchor({ href = "", children, ...rest }: Props<"a">) {
  return (
    <a href={href} className="lx-a" {...rest}>
      {children}
    </a>
  );
}

/** The components a lesson's MDX is rendered with; `Quiz` learns the lesson it belongs to. */
export function lessonComponents(lessonSlug: string): MDXComponents {
  return {
    h2: (p: Props<"h2">) => <Heading as="h2" id={p.id} className="lx-h2">{p.children}</Heading>,
    h3: (p: Props<"h3">) => <Heading as="h3" id={p.id} className="lx-h3">{p.children}</Heading>,
    p: (p: Props<"p">) => <p className="lx-p" {...p} />,
    ul: (p: Props<"ul">) => <ul className="lx-ul" {...p} />,
    ol: (p: Props<"ol">) => <ol className="lx-ol" {...p} />,
    li: (p: Props<"li">) => <li className="lx-li" {...p} />,
    a: Anchor,
    strong: (p: Props<"strong">) => <strong className="lx-strong" {...p} />,
    code: (p: Props<"code">) => <code className="lx-code" {...p} />,
    blockquote: (p: Props<"blockquote">) => <blockquote className="lx-quote" {...p} />,
    table: (p: Props<"table">) => (
      // A wide table scrolls sideways; keyboard users need to focus it to scroll (axe scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      <div className="my-6 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700" tabIndex={0} role="region" aria-label="Table">
        <table className="w-full min-w-[32rem] border-collapse text-left text-sm" {...p} />
      </div>
    ),
    th: (p: Props<"th">) => <th className="lx-th" {...p} />,
    td: (p: Props<"td">) => <td className="lx-td" {...p} />,
    hr: () => <hr className="my-10 border-slate-200 dark:border-slate-800" />,
    Callout,
    CodeBlock,
    Policy,
    TryIt,
    Flow,
    Term,
    Quiz: ({ ids }: { ids: string }) => <Quiz ids={ids} lessonSlug={lessonSlug} />,
  };
}
