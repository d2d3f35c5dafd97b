import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./database-url";

export type Db = PrismaClient;

/** A client on `connectionString`; `schema` confines it to one PostgreSQL schema (tests use one per file). */
export function createDb(connectionString: string, schema?: string): Db {
  const poolConfig = schema
    ? { connectionString, options: `-c search_path="${schema}"` }
    : { connectionString };
  const adapter = new PrismaPg(poolConfig, schema ? { schema } : undefined);
  return new PrismaClient({ adapter });
}

const holder = globalThis as unknown as { draftwatchDb?: Db };

/** The app's client, shared across hot reloads in development. */
export function getDb(): Db {
  holder.draftwatchDb ??= createDb(databaseUrl());
  return holder.draftwatchDb;
}
