import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

const decision = (page: Page) => page.getByRole("status").filter({ hasText: /^Decision:/ });
const action = (page: Page) => page.getByLabel("Action", { exact: true });

/** The workbench has hydrated and restored its scenario. */
async function ready(page: Page) {
  await expect(page.locator('[data-ready="true"]')).toBeAttached();
}

test("signed out: load an example, change the action and the decision follows", async ({ page }) => {
  await page.goto("/sandbox");
  await expect(page.getByRole("heading", { level: 1, name: "Sandbox" })).toBeVisible();
  await ready(page);
  await page.getByRole("button", { name: /^An explicit deny wins/ }).click();
  await expect(action(page)).toHaveValue("dynamodb:DeleteTable");
  await expect(decision(page)).toHaveText("Decision: Explicit deny");
  await expect(page.getByRole("heading", { name: "What would change this" })).toBeVisible();

  await action(page).fill("dynamodb:GetItem");
  await expect(decision(page)).toHaveText("Decision: Allow");
  await expect(page.getByRole("heading", { name: "What would change this" })).toHaveCount(0);

  await page.reload();
  await ready(page);
  await expect(action(page)).toHaveValue("dynamodb:GetItem");
  await expect(decision(page)).toHaveText("Decision: Allow");
  await expect(page.getByRole("link", { name: "Sign in to save" })).toHaveAttribute("href", "/signin?callbackUrl=%2Fsandbox");
});

test("signed out: a broken import names the path, derived keys fill the context", async ({ page }) => {
  await page.goto("/sandbox");
  await ready(page);
  await page.getByRole("button", { name: "Import scenario JSON" }).click();
  await page.getByLabel(/^Scenario JSON/).fill('{"request": {"principal": 1, "action": "s3:GetObject", "resource": "*"}, "policies": {"scps": {}}}');
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const alert = page.getByRole("alert").filter({ hasText: "The scenario could not be imported" });
  await expect(alert).toContainText("request.principal: must be a string");
  await expect(alert).toContainText("policies.scps: must be an array of levels");

  await page.getByRole("button", { name: "New empty scenario" }).click();
  await page.getByRole("button", { name: "Fill in the keys AWS derives" }).click();
  await expect(page.getByText(/^Added \d+ and updated 0 keys AWS derives/)).toBeVisible();
  await expect(page.getByLabel("Value of context key 1 (aws:PrincipalAccount)")).toHaveValue("111122223333");
});

test("signed in: save a scenario, open it again, delete it", async ({ page }) => {
  await signUp(page, "Sandy Box", uniqueEmail("sandbox"), "sandbox password 1");
  await page.goto("/sandbox");
  await ready(page);
  await page.getByRole("button", { name: /^A boundary caps a grant/ }).click();
  await expect(decision(page)).toHaveText("Decision: Implicit deny");
  await action(page).fill("s3:GetObject");
  await expect(decision(page)).toHaveText("Decision: Allow");

  await page.getByLabel("Scenario name").fill("Boundary lets reads through");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved “Boundary lets reads through”" })).toBeVisible();
  const saved = page.getByRole("list", { name: "Saved scenarios" });
  await expect(saved.getByText("Boundary lets reads through")).toBeVisible();

  await page.getByRole("button", { name: /^Identity policy allows/ }).click();
  await expect(action(page)).toHaveValue("dynamodb:GetItem");
  await saved.getByRole("link", { name: "Open “Boundary lets reads through”" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Opened “Boundary lets reads through”." })).toBeVisible();
  await expect(action(page)).toHaveValue("s3:GetObject");
  await expect(decision(page)).toHaveText("Decision: Allow");
  await expect(page).toHaveURL(/\/sandbox(#.*)?$/);

  await saved.getByRole("button", { name: "Delete “Boundary lets reads through”" }).click();
  await saved.getByRole("button", { name: "Confirm: delete “Boundary lets reads through”" }).click();
  await expect(page.getByText("Nothing saved yet.")).toBeVisible();
});
