import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signInOk, signUp, uniqueEmail } from "./helpers";

test("a learner gets 403 on /admin/users and no Users link", async ({ page }) => {
  await signIn(page, "learner@example.com", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
});

test("an admin promotes a user, then demotes them, and the demotion applies on their next request", async ({ browser }) => {
  const email = uniqueEmail("deputy");
  const userContext = await browser.newContext();
  const adminContext = await browser.newContext();
  const user = await userContext.newPage();
  const admin = await adminContext.newPage();

  await signUp(user, "Dana Deputy", email, "deputy password 1");
  await signInOk(admin, "admin@example.com", DEMO_PASSWORD);
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByLabel(`Role of ${email}`, { exact: true }).selectOption("ADMIN");
  await admin.getByRole("button", { name: `Save role of ${email}` }).click();
  await expect(admin.getByText("Role changed to admin")).toBeVisible();

  // Promoted: the admin page works for the user without signing in again.
  const allowed = await user.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  expect(allowed?.status()).toBe(200);
  await expect(user.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  await admin.getByLabel(`Role of ${email}`, { exact: true }).selectOption("LEARNER");
  await admin.getByRole("button", { name: `Save role of ${email}` }).click();
  await expect(admin.getByText("Role changed to learner")).toBeVisible();

  // The page the user still has open: its action is refused on the next request.
  await user.getByLabel(`Role of ${email}`, { exact: true }).selectOption("ADMIN");
  await user.getByRole("button", { name: `Save role of ${email}` }).click();
  await expect(user.getByText("You do not have permission to do that")).toBeVisible();
  const denied = await user.reload();
  expect(denied?.status()).toBe(403);

  await userContext.close();
  await adminContext.close();
});

test("an admin disables an account and its session stops working", async ({ browser }) => {
  const email = uniqueEmail("gone");
  const userContext = await browser.newContext();
  const adminContext = await browser.newContext();
  const user = await userContext.newPage();
  const admin = await adminContext.newPage();
  await signUp(user, "Gus Gone", email, "gone password 1");

  await signInOk(admin, "admin@example.com", DEMO_PASSWORD);
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(admin.getByText("Account disabled")).toBeVisible();

  await user.goto("/dashboard");
  await expect(user).toHaveURL(/\/signin/);
  await signIn(user, email, "gone password 1");
  await expect(user.getByRole("status")).toContainText("The email or password is incorrect.");
  await userContext.close();
  await adminContext.close();
});

test("the admin user search finds accounts by email", async ({ page }) => {
  await signInOk(page, "admin@example.com", DEMO_PASSWORD);
  await page.goto("/admin/users");
  await page.getByLabel("Search users by email or name").fill("instructor@");
  await page.getByRole("button", { name: "Search users", exact: true }).click();
  await expect(page.getByText("1 user matching")).toBeVisible();
  await expect(page.getByText("instructor@example.com", { exact: true })).toBeVisible();
});
