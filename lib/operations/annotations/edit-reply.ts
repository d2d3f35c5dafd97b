import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { richTextToPlainText } from "../../rich-text/plain-text";
import { parseInput } from "../errors";
import { editReplySchema } from "./annotation.schema";
import { changeReply } from "./change-reply";

/** The author rewrites their reply; based on an older version, the edit is refused (StaleReplyError). */
export function editReply(db: Db, actor: Actor, input: { replyId: string; version: number; body: unknown }) {
  const data = parseInput(editReplySchema, input);
  return changeReply(db, actor, data, "REPLY_EDITED", { body: data.body, bodyText: richTextToPlainText(data.body) });
}
