import type { NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { requestActor } from "@/lib/auth/request-actor";
import { annotationEvents, RESYNC, type AnnotationEvent } from "@/lib/db/annotation-events";
import { getDb } from "@/lib/db/client";
import { databaseUrl } from "@/lib/db/database-url";
import { annotationResource } from "@/lib/operations/annotations/annotation-resource";
import { unauthorized } from "@/app/api/respond";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ draftId: string }> };

// GET /api/drafts/<draftId>/annotation-events: a server-sent event each time an annotation on the
// draft that the caller may see is created, changed, answered or deleted. Events name the
// annotation only; the page then reloads what it may show, through the usual permission checks.
export async function GET(request: NextRequest, { params }: Context) {
  const actor = await requestActor(request);
  if (!actor) return unauthorized();
  const { draftId } = await params;
  const emitter = await annotationEvents(databaseUrl());
  const encoder = new TextEncoder();

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      const onChange = async (event: AnnotationEvent) => {
        if (!event.draftIds.includes(draftId)) return;
        try {
          const annotation = await getDb().annotation.findUnique({ where: { id: event.annotationId } });
          if (!annotation) return;
          // A deleted annotation is announced to those who could see it before it was deleted, one
          // made more private to those who could see it before as well.
          const resource = { ...annotationResource(annotation), deleted: false };
          const couldSee = (visibility: typeof resource.visibility) => can(actor, "annotation:read", { ...resource, visibility });
          if (!couldSee(resource.visibility) && !(event.visibleBefore && couldSee(event.visibleBefore))) return;
          send(`event: annotation\ndata: ${JSON.stringify({ annotationId: event.annotationId, change: event.change })}\n\n`);
        } catch {
          // A read that fails (the database briefly out of reach) costs this one event, not the stream.
        }
      };
      const onResync = () => send(`event: resync\ndata: {}\n\n`);
      emitter.on("change", onChange);
      emitter.on(RESYNC, onResync);
      const keepAlive = setInterval(() => send(": keep-alive\n\n"), 25_000);
      send(": connected\n\n");
      request.signal.addEventListener("abort", () => {
        clearInterval(keepAlive);
        emitter.off("change", onChange);
        emitter.off(RESYNC, onResync);
        controller.close();
      });
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  });
}
