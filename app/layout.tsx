import type { Metadata, Viewport } from "next";
import { inter, jetbrains } from "./fonts";
import { SiteHeader } from "./components/site-header";
import { LocalProgressMerger } from "./components/lesson/local-progress-merger";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Principal: learn AWS IAM by running it", template: "%s · Principal" },
  description:
    "Lessons, quizzes and a policy sandbox for AWS IAM, answered by an evaluator that follows AWS's published policy evaluation logic.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

// Runs before paint: the stored choice, else the system preference (no flash of the wrong theme).
const themeScript = `(function(){try{var t=localStorage.getItem("theme");var d=t?t==="dark":matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${inter.variable} ${jetbrains.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <LocalProgressMerger />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
          Principal teaches AWS IAM. Not affiliated with Amazon Web Services.
        </footer>
      </body>
    </html>
  );
}
