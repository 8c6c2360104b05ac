import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import tseslint from "typescript-eslint";
import globals from "globals";

// Pure libraries (DESIGN.md): no app code, database, auth, Next.js, React or Prisma.
const PURE_RESTRICTIONS = {
  patterns: [
    { group: ["@/app/*", "**/app/*"], message: "pure libraries never import from app/" },
    { group: ["@/lib/db/*", "@/lib/auth/*", "@/lib/actions/*", "**/lib/db/*", "**/lib/auth/*"], message: "pure libraries never touch the database or auth" },
    { group: ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*"], message: "pure libraries never import Next.js or React" },
    { group: ["@prisma/*", "**/generated/prisma/*", "prisma"], message: "pure libraries never import Prisma" },
    { group: ["node:*", "fs", "path", "child_process"], message: "pure libraries do no I/O" },
  ],
};

export default tseslint.config(
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", "public/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      ...jsxA11y.flatConfigs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/only-throw-error": "off",
    },
  },
  {
    files: ["lib/iam/**/*.ts", "lib/quiz/**/*.ts", "lib/review/**/*.ts"],
    ignores: ["lib/iam/catalog/load-node.ts", "lib/iam/catalog/load-browser.ts"],
    rules: { "no-restricted-imports": ["error", PURE_RESTRICTIONS] },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
);
