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
  /** Set when the change narrowed who may see it: readers who lose it hear of it too, and their pages drop it. */
  visibleBefore?: "PRIVATE" | "ORGANIZATION" | "PUBLIC";
}

export async function announceAnnotationChange(tx: Prisma.TransactionClient, event: AnnotationEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${ANNOTATION_CHANNEL}, ${JSON.stringify(event)})`;
}

const holder = globalThis as unknown as { draftwatchAnnotationEvents?: Promise<EventEmitter> };

/** This process's listener, started on first use; a first connection that fails is tried again on the next use. */
export function annotationEvents(connectionString: string): Promise<EventEmitter> {
  holder.draftwatchAnnotationEvents ??= listenForAnnotationChanges(connectionString).catch((error: unknown) => {
    holder.draftwatchAnnotationEvents = undefined;
    throw error;
  });
  return holder.draftwatchAnnotationEvents;
}

/** Told to listeners when the connection came back after a drop: changes made meanwhile were not heard. */
export const RESYNC = "resync";

/**
 * A listener of its own; emits "change" with an AnnotationEvent for every committed change. A
 * connection that drops (an error, or the server ending it) is opened again every `retryMs` until
 * it is back, then RESYNC is emitted so that pages reload what they may have missed.
 */
export async function listenForAnnotationChanges(connectionString: string, retryMs = 2000): Promise<EventEmitter> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let listening = false;
  const connect = async () => {
    const client = new pg.Client({ connectionString, application_name: "draftwatch-annotation-events" });
    client.on("notification", (message) => {
      if (message.channel !== ANNOTATION_CHANNEL || !message.payload) return;
      try {
        emitter.emit("change", JSON.parse(message.payload) as AnnotationEvent);
      } catch {
        // A malformed payload is not ours to deliver.
      }
    });
    let dropped = false;
    const drop = () => {
      if (dropped) return;
      dropped = true;
      client.end().catch(() => {});
      // Before the first connection the caller hears the failure; after it, this listener keeps trying.
      if (listening) setTimeout(() => void connect().then(() => emitter.emit(RESYNC), () => {}), retryMs);
    };
    client.on("error", drop);
    client.on("end", drop);
    try {
      await client.connect();
      await client.query(`LISTEN ${ANNOTATION_CHANNEL}`);
    } catch (error) {
      drop();
      throw error;
    }
  };
  await connect();
  listening = true;
  return emitter;
}
