/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets a benchmark or a second test run build beside the usual .next without clobbering it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Uploaded drafts are parsed in server actions (#3); the body limit is checked again there.
  experimental: { serverActions: { bodySizeLimit: "20mb" } },
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "playwright-core"],
  poweredByHeader: false,
  typescript: { tsconfigPath: "tsconfig.app.json" },
};

export default nextConfig;
