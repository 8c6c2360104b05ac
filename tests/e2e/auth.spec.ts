import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut, signUp, uniqueEmail } from "./helpers";

test("a visitor signs up, lands on the dashboard, signs out and signs back in", async ({ page }) => {
  const email = uniqueEmail("tess");
  await signUp(page, "Tess Tester", email, "correct horse battery");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome back, Tess Tester" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Lesson progress" }).or(page.getByText("No lessons are published yet."))).toBeVisible();

  await signOut(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);

  await signIn(page, email, "correct horse battery");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("button", { name: "Account: Tess Tester" })).toBeVisible();
});

test("signing up twice with one email says the account exists", async ({ page }) => {
  const email = uniqueEmail("dup");
  await signUp(page, "Dev Dup", email, "a long password 1");
  await signOut(page);
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Dev Again");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password (at least 10 characters)").fill("a long password 2");
  await page.getByLabel("Repeat the password").fill("a long password 2");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("An account with this email already exists");
});

test("a wrong password gives a clear message that does not reveal whether the email exists", async ({ page }) => {
  await signIn(page, "learner@example.com", "not the password");
  await expect(page.getByRole("status")).toContainText("The email or password is incorrect.");
  await signIn(page, uniqueEmail("nobody"), "not the password");
  await expect(page.getByRole("status")).toContainText("The email or password is incorrect.");
  await expect(page).toHaveURL(/\/signin/);
});

test("repeated failures for one email are rate limited, even with the right password", async ({ page }) => {
  const email = uniqueEmail("limited");
  await signUp(page, "Lim Ited", email, "the right password");
  await signOut(page);
  for (let i = 0; i < 3; i += 1) {
    await signIn(page, email, `wrong password ${i}`);
    await expect(page.getByRole("status")).toContainText("The email or password is incorrect.");
  }
  await signIn(page, email, "the right password");
  await expect(page.getByRole("status")).toContainText("Too many sign-in attempts");
  await expect(page).toHaveURL(/\/signin/);
});

test("demo accounts sign in", async ({ page }) => {
  await signIn(page, "instructor@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: /Ines Instructor/ })).toBeVisible();
});
