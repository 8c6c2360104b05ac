import type { Catalog } from "../catalog/types";
import { resolveStatementActions, type ResolvedEntry } from "./actions";
import type { Policy, PolicyKind, SourceRange, Statement } from "../types";
import { LINT_RULES, type LintCode, type LintSeverity } from "./codes";
import type { QuotaKind } from "./size";

/** One lint finding. Messages are lowercase, without trailing period, user input in backticks. */
export interface LintFinding {
  severity: LintSeverity;
  /** A `LintCode`, or a parser `DiagnosticCode` for findings that come from parsing. */
  code: string;
  message: string;
  /** JSON path of the offending element, e.g. `Statement[1].Action[0]`. */
  path: string;
  /** How to fix it. */
  help: string;
  /** Source range, when the policy was given as text. */
  range?: SourceRange;
}

/** Options of `lintPolicy`. */
export interface LintOptions {
  /** Where the policy is attached; decides required elements, size quota and trust checks. */
  kind?: PolicyKind;
  /** Action catalog; catalog-based checks are skipped without it. */
  catalog?: Catalog;
  /** Size quota to check against; by default derived from `kind` (see `defaultQuota`). */
  quota?: QuotaKind;
  /** Account that owns the policy; trust in this account's root is then not cross-account. */
  accountId?: string;
}

/** What every check receives: the parsed policy, the options and a sink for findings. */
export class LintContext {
  readonly findings: LintFinding[] = [];
  private readonly resolved = new Map<Statement, ResolvedEntry[] | undefined>();

  constructor(
    readonly policy: Policy,
    readonly options: LintOptions,
    /** The policy text, when the input was text (or a value serialized for size checks). */
    readonly text: string | undefined,
  ) {}

  /** The catalog, when given. */
  get catalog(): Catalog | undefined {
    return this.options.catalog;
  }

  /** The policy kind, when given. */
  get kind(): PolicyKind | undefined {
    return this.options.kind ?? this.policy.kind;
  }

  /** A statement's `Action` entries resolved against the catalog (memoized; see `resolveStatementActions`). */
  resolvedActions(stmt: Statement): ResolvedEntry[] | undefined {
    if (!this.resolved.has(stmt)) this.resolved.set(stmt, resolveStatementActions(this.catalog, stmt));
    return this.resolved.get(stmt);
  }

  /** Records a finding with the code's severity and the path's source range (or `range`). */
  report(code: LintCode, path: string, message: string, help: string, range = this.policy.sourceMap?.[path]): void {
    const finding: LintFinding = { severity: LINT_RULES[code], code, message, path, help };
    if (range) finding.range = range;
    this.findings.push(finding);
  }

  /**
   * Path of the `i`-th value of a statement element (`Action`, `Resource`, ...): `Action[1]` when
   * the element was an array, `Action` when it was a single string.
   */
  elementPath(stmt: Statement, element: string, i: number, count: number): string {
    return valuePath(this.policy, `${stmt.path}.${element}`, i, count);
  }
}

/** Path of the `i`-th of `count` values written at `base` (array or single value). */
export function valuePath(policy: Policy, base: string, i: number, count: number): string {
  const map = policy.sourceMap;
  if (map) return map[`${base}[${i}]`] ? `${base}[${i}]` : base;
  // INVARIANT: without a source map the shape is unknown; a lone value is reported on the element.
  return count > 1 ? `${base}[${i}]` : base;
}

/** A statement's name for messages: its path plus its Sid, e.g. `Statement[1]` (`DenyAll`). */
export function statementLabel(stmt: Statement): string {
  return stmt.sid ? `\`${stmt.path}\` (\`${stmt.sid}\`)` : `\`${stmt.path}\``;
}
