/**
 * Small valid questions of every type, as a YAML file would hold them (before defaults), for the
 * lib/quiz unit tests.
 */
import { instantiate, questionSchema, type Question, type QuestionInput, type QuestionInstance } from "@/lib/quiz";

const common = {
  version: 1,
  topics: ["evaluation-logic"],
  domains: ["SAA-C03 1.1"],
  difficulty: 2 as const,
  prompt: "What happens?",
  explanation: "Because AWS says so.",
  source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html",
};

const ACCOUNT = "111122223333";
const context = { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT}:user/dana`, "aws:PrincipalAccount": ACCOUNT, "aws:PrincipalType": "User", "aws:username": "dana" };
const request = { principal: `arn:aws:iam::${ACCOUNT}:user/dana`, action: "s3:DeleteObject", resource: "arn:aws:s3:::reports/q1.csv", context, resourceAccount: ACCOUNT, principalAccount: ACCOUNT };
const allowAll = { Version: "2012-10-17", Statement: [{ Sid: "S3Work", Effect: "Allow", Action: "s3:*", Resource: "*" }] };
const denyDelete = { Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: "s3:DeleteObject", Resource: "arn:aws:s3:::reports/*" }] };

/** A scenario whose decision is ExplicitDeny, decided by `policies.identity[1].Statement[0]`. */
export const denyScenario = { request, policies: { identity: [allowAll, denyDelete], resource: null } };

/** One valid question of each type, keyed by type. */
export const RAW = {
  single: { ...common, id: "fx-single", type: "single", options: [
    { id: "a", text: "Allowed", correct: false, feedback: "No: a deny wins.", misconception: "thinks-allow-wins" },
    { id: "b", text: "Denied", correct: true, feedback: "Yes: explicit deny." },
    { id: "c", text: "Depends on order", correct: false, feedback: "Order never matters." },
  ] },
  multiple: { ...common, id: "fx-multiple", type: "multiple", options: [
    { id: "a", text: "Users", correct: true, feedback: "Users are identities." },
    { id: "b", text: "Roles", correct: true, feedback: "Roles are identities." },
    { id: "c", text: "Groups", correct: true, feedback: "Groups are identities." },
    { id: "d", text: "Policies", correct: false, feedback: "Policies attach to identities." },
  ] },
  truefalse: { ...common, id: "fx-truefalse", type: "truefalse", answer: false, feedback: { true: "No, groups never authenticate.", false: "Right, groups are not principals." } },
  ordering: { ...common, id: "fx-ordering", type: "ordering", items: [
    { id: "deny", text: "Explicit deny" }, { id: "scp", text: "SCPs" }, { id: "resource", text: "Resource policy" }, { id: "identity", text: "Identity policy" },
  ] },
  fill: { ...common, id: "fx-fill", type: "fill", accepted: ["sts", "AWS STS"] },
  fillNumeric: { ...common, id: "fx-fill-numeric", type: "fill", numeric: { value: 36, tolerance: 0, unit: "hours" } },
  predict: { ...common, id: "fx-predict", type: "predict", scenario: denyScenario, statedDecision: "ExplicitDeny" },
  predictTemplate: {
    ...common, id: "fx-predict-template", type: "predict",
    params: { action: { kind: "pick", values: ["s3:GetObject", "s3:DeleteObject"] }, account: { kind: "accountId" } },
    prompt: "Dana calls `{{action}}` in {{account}}.",
    scenario: { ...denyScenario, request: { ...request, action: "{{action}}" } },
    explanation: "A deny that matches beats every allow.",
    explanationByDecision: { Allow: "`{{action}}` is not denied.", ExplicitDeny: "`{{action}}` matches the deny." },
  },
  spot: { ...common, id: "fx-spot", type: "spot", scenario: denyScenario, statedStatement: "policies.identity[1].Statement[0]" },
  write: {
    ...common, id: "fx-write", type: "write", slot: "identity",
    params: { user: { kind: "pick", values: ["dana", "erin"] } },
    prompt: "Let {{user}} read `reports`.",
    starter: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}',
    base: { request: { principal: "arn:aws:iam::111122223333:user/{{user}}", context: { "aws:username": "{{user}}" } }, policies: { identity: [] } },
    cases: [
      { id: "reads", label: "{{user}} reads a report", request: { action: "s3:GetObject", resource: "arn:aws:s3:::reports/a.csv" }, expect: "allow", hidden: false },
      { id: "deletes", label: "{{user}} deletes a report", request: { action: "s3:DeleteObject", resource: "arn:aws:s3:::reports/a.csv" }, expect: "deny", hidden: false },
      { id: "secret-other-bucket", label: "secret label other bucket", request: { action: "s3:GetObject", resource: "arn:aws:s3:::payroll/a.csv" }, expect: "deny", hidden: true },
    ],
    constraints: { noWildcardActions: true, maxStatements: 1, requiredConditionKeys: [], noWildcardResources: true },
    solution: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"}]}',
  },
} satisfies Record<string, QuestionInput>;

/** Parses a raw fixture with the schema (throws if the fixture itself is wrong). */
export function question(name: keyof typeof RAW): Question {
  return questionSchema.parse(RAW[name]);
}

/** A parsed fixture, instantiated with `seed`. */
export function instance(name: keyof typeof RAW, seed = 1): QuestionInstance {
  return instantiate(question(name), seed);
}
