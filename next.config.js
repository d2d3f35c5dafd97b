/** @type {import('next').NextConfig} */
const nextConfig = {
  // Uploaded drafts are parsed in server actions (#3); the body limit is checked again there.
  experimental: { serverActions: { bodySizeLimit: "20mb" } },
  serverExternalPackages: ["@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  typescript: { tsconfigPath: "tsconfig.app.json" },
};

export default nextConfig;
