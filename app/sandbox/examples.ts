/**
 * Starter scenarios of the sandbox gallery. `examples.json` is a verbatim copy of
 * shared/iam/examples.json (the worked examples of the scenario format, one per rule family, whose
 * expected decisions follow AWS's published policy evaluation logic); titles and summaries are ours.
 */
import examples from "./examples.json";

/** One gallery entry. */
export interface SandboxExample {
  title: string;
  summary: string;
  /** A scenario in the shape of shared/iam/SCENARIO-FORMAT.md. */
  scenario: { id: string; expected?: string } & Record<string, unknown>;
}

const META: Record<string, [title: string, summary: string]> = {
  "example-identity-allow": ["Identity policy allows", "An IAM user reads a DynamoDB table its identity policy allows."],
  "example-explicit-deny-wins": ["An explicit deny wins", "A broad Allow and a narrow Deny in two identity policies."],
  "example-cross-account-needs-both-sides": ["Cross-account needs both sides", "A bucket policy trusts another account; the caller has no identity policy."],
  "example-boundary-caps-identity-grant": ["A boundary caps a grant", "The identity policy allows s3:*, the permissions boundary does not."],
  "example-passrole-wrong-service": ["PassRole to the wrong service", "iam:PassRole is allowed to Lambda only; the role goes to EC2."],
  "example-trust-external-id": ["Trust with an external ID", "A vendor's role in another account assumes a role that wants an external ID."],
  "example-scp-region-guardrail": ["SCP region guardrail", "An OU-level SCP denies every region outside the EU."],
  "example-github-oidc-trust": ["GitHub Actions OIDC trust", "A CI workflow assumes a role through web identity federation."],
};

/** The starter gallery, in the order of examples.json. */
export const SANDBOX_EXAMPLES: SandboxExample[] = (examples.cases as SandboxExample["scenario"][]).map((scenario) => {
  const [title, summary] = META[scenario.id] ?? [scenario.id, ""];
  return { title, summary, scenario };
});
