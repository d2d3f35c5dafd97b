import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { parseInput } from "../errors";
import { replyVersionSchema } from "./annotation.schema";
import { changeReply } from "./change-reply";

/** The author deletes their reply: gone from the thread, its words kept in the annotation's history. */
export function deleteReply(db: Db, actor: Actor, input: { replyId: string; version: number }) {
  return changeReply(db, actor, parseInput(replyVersionSchema, input), "REPLY_DELETED", { deletedAt: new Date() });
}
