import { z } from "zod";
import type { Actor } from "../auth/permissions";
import type { Db } from "../db/client";
import { slugify } from "../drafts/slug";
import { FILE_TYPES } from "../export/file-types";
import { comparisonReport } from "../export/comparison-report/comparison-report";
import { toComparisonDocx } from "../export/comparison-report/to-comparison-docx";
import { toComparisonPdf } from "../pdf/print-pdf";
import { parseInput } from "./errors";
import { getComparison } from "./get-comparison";

const REPORT_WRITERS = { docx: toComparisonDocx, pdf: toComparisonPdf };

export const comparisonReportQuerySchema = z.object({
  from: z.string().min(1, "Choose the earlier draft."),
  to: z.string().min(1, "Choose the later draft."),
  format: z.enum(["docx", "pdf"], "Choose the report's format: docx or pdf."),
  scope: z.enum(["changed", "all"], "Choose which articles the report shows: changed or all.").default("changed"),
});

/** The compare page's summary and diffs as a Word or PDF file, for readers who will not sign in. */
export async function exportComparisonReport(db: Db, actor: Actor, input: Record<string, unknown>) {
  const query = parseInput(comparisonReportQuerySchema, input);
  const view = await getComparison(db, actor, { from: query.from, to: query.to });
  const report = comparisonReport(view, { generatedAt: new Date().toISOString(), scope: query.scope });
  const { extension, contentType } = FILE_TYPES[query.format];
  return {
    body: await REPORT_WRITERS[query.format](report),
    contentType,
    filename: `${slugify(`${view.fromDraft.title} to ${view.toDraft.title}`)}.${extension}`,
  };
}
