// Prisma CLI configuration. The WASM schema engine ("js") lets `migrate diff`
// run offline; migrations are applied by `npm run db:migrate` (lib/db/migrations.ts).
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://localhost/postgres" }),
});
