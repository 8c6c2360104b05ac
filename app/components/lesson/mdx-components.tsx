import Link from "next/link";
import type { MDXComponents } from "mdx/types";
import { Flow } from "@/app/components/iam/flow";
import { Policy } from "@/app/components/iam/policy";
import { TryIt } from "@/app/components/iam/try-it";
import { Callout } from "./callout";
import { CodeBlock } from "./code-block";
import { Quiz } from "./quiz";
import { Term } from "./term";

type Props<T extends keyof React.JSX.IntrinsicElements> = React.ComponentProps<T>;

function Heading({ as: Tag, id, children, className }: { as: "h2" | "h3"; id?: string; children?: React.ReactNode; className: string }) {
  return (
    <Tag id={id} className={className}>
      {children}
      {id ? (
        <a href={`#${id}`} className="heading-anchor ml-2 text-slate-400 no-underline hover:text-brand-700 dark:text-slate-500" aria-label="Link to this section">
          #
        </a>
      ) : null}
    </Tag>
  );
}

function Anchor({ href = "", children, ...rest }: Props<"a">) {
  const cls = "font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700 dark:text-brand-300 dark:decoration-brand-700";
  if (href.startsWith("/") || href.startsWith("#")) {
    return (
      <Link href={href} className={cls} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} className={cls} {...rest}>
      {children}
    </a>
  );
}

/** The components a lesson's MDX is rendered with; `Quiz` learns the lesson it belongs to. */
export function lessonComponents(lessonSlug: string): MDXComponents {
  return {
    h2: (p: Props<"h2">) => <Heading as="h2" id={p.id} className="mt-12 mb-4 text-2xl font-bold tracking-tight">{p.children}</Heading>,
    h3: (p: Props<"h3">) => <Heading as="h3" id={p.id} className="mt-8 mb-3 text-xl font-semibold">{p.children}</Heading>,
    p: (p: Props<"p">) => <p className="my-4 leading-7" {...p} />,
    ul: (p: Props<"ul">) => <ul className="my-4 list-disc space-y-2 pl-6 leading-7 marker:text-slate-500" {...p} />,
    ol: (p: Props<"ol">) => <ol className="my-4 list-decimal space-y-2 pl-6 leading-7 marker:text-slate-600 dark:marker:text-slate-400" {...p} />,
    li: (p: Props<"li">) => <li className="pl-1 [&>p]:my-1" {...p} />,
    a: Anchor,
    strong: (p: Props<"strong">) => <strong className="font-semibold text-slate-950 dark:text-white" {...p} />,
    code: (p: Props<"code">) => <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[0.875em] break-words text-slate-900 dark:bg-slate-800 dark:text-slate-100" {...p} />,
    blockquote: (p: Props<"blockquote">) => <blockquote className="my-4 border-l-4 border-slate-300 pl-4 text-slate-700 dark:border-slate-600 dark:text-slate-300" {...p} />,
    table: (p: Props<"table">) => (
      // A wide table scrolls sideways; keyboard users need to focus it to scroll (axe scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      <div className="my-6 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700" tabIndex={0} role="region" aria-label="Table">
        <table className="w-full min-w-[32rem] border-collapse text-left text-sm" {...p} />
      </div>
    ),
    th: (p: Props<"th">) => <th className="border-b border-slate-200 bg-slate-50 px-3 py-2 font-semibold dark:border-slate-700 dark:bg-slate-800" {...p} />,
    td: (p: Props<"td">) => <td className="border-b border-slate-100 px-3 py-2 align-top dark:border-slate-800" {...p} />,
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
