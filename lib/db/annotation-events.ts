import { EventEmitter } from "node:events";
import pg from "pg";
import type { Prisma } from "./generated/prisma/client";

// Live updates of annotations across app processes: every change is announced with PostgreSQL
// NOTIFY inside its transaction (so only committed changes are heard), and each process LISTENs
// once and hands the announcements to its open event streams.

export const ANNOTATION_CHANNEL = "draftwatch_annotations";

export interface AnnotationEvent {
  annotationId: string;
  draftIds: string[];
  change: "created" | "changed" | "replied" | "deleted";
}

export async function announceAnnotationChange(tx: Prisma.TransactionClient, event: AnnotationEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${ANNOTATION_CHANNEL}, ${JSON.stringify(event)})`;
}

const holder = globalThis as unknown as { draftwatchAnnotationEvents?: Promise<EventEmitter> };

/** This process's listener, started on first use and restarted if its connection drops. */
export function annotationEvents(connectionString: string): Promise<EventEmitter> {
  holder.draftwatchAnnotationEvents ??= listenForAnnotationChanges(connectionString);
  return holder.draftwatchAnnotationEvents;
}

/** A listener of its own; emits "change" with an AnnotationEvent for every committed change. */
export async function listenForAnnotationChanges(connectionString: string): Promise<EventEmitter> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const connect = async () => {
    const client = new pg.Client({ connectionString });
    client.on("notification", (message) => {
      if (message.channel !== ANNOTATION_CHANNEL || !message.payload) return;
      try {
        emitter.emit("change", JSON.parse(message.payload) as AnnotationEvent);
      } catch {
        // A malformed payload is not ours to deliver.
      }
    });
    client.on("error", () => {
      client.end().catch(() => {});
      setTimeout(() => void connect().catch(() => {}), 2000);
    });
    await client.connect();
    await client.query(`LISTEN ${ANNOTATION_CHANNEL}`);
  };
  await connect();
  return emitter;
}
