import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db/client";
import { slugify } from "../../drafts/slug";
import { toCsv } from "../../export/to-csv";
import { toDocx } from "../../export/to-docx";
import { toJsonLd } from "../../export/to-json-ld";
import { toMarkdown } from "../../export/to-markdown";
import { FILE_TYPES, type FileTypeName } from "../../export/file-types";
import type { SubmissionExport } from "../../export/types";
import { toPdf } from "../../pdf/print-pdf";
import { NotFoundError } from "../errors";
import { getSubmissionExport } from "./get-submission-export";

type Writer = (submission: SubmissionExport) => Promise<Uint8Array | string> | Uint8Array | string;

/** A submission's writer for each kind of file. */
export const EXPORT_FORMATS: Record<FileTypeName, Writer> = { docx: toDocx, pdf: toPdf, csv: toCsv, markdown: toMarkdown, jsonld: toJsonLd };

function isExportFormat(name: string): name is FileTypeName {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

/** The submission as a file in `format`, holding only what `actor` may see. */
export async function exportSubmission(db: Db, actor: Actor, submissionId: string, format: string, origin: string) {
  if (!isExportFormat(format)) throw new NotFoundError(`There is no "${format}" export: choose ${Object.keys(EXPORT_FORMATS).join(", ")}.`);
  const { submission, leftOut } = await getSubmissionExport(db, actor, submissionId, origin);
  const { extension, contentType } = FILE_TYPES[format];
  const written = await EXPORT_FORMATS[format](submission);
  return {
    body: typeof written === "string" ? new TextEncoder().encode(written) : written,
    contentType,
    filename: `${slugify(submission.title)}.${extension}`,
    leftOut,
  };
}
