/**
 * A scrollable block of code (policies, traces). Focusable so keyboard users can scroll it
 * (WCAG 2.1.1, axe `scrollable-region-focusable`), named for assistive technology.
 */
export function CodeBlock({ label, children, className = "" }: { label: string; children: string; className?: string }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <pre tabIndex={0} role="region" aria-label={label} className={`quiz-code ${className}`}>
      <code>{children}</code>
    </pre>
  );
}
