// The kinds of file Draftwatch writes, as the server sends them and the interface names them.

export const FILE_TYPES = {
  docx: { extension: "docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word (DOCX)" },
  pdf: { extension: "pdf", contentType: "application/pdf", label: "PDF" },
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8", label: "CSV" },
  markdown: { extension: "md", contentType: "text/markdown; charset=utf-8", label: "Markdown" },
  jsonld: { extension: "jsonld", contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', label: "W3C JSON-LD" },
} as const;

export type FileTypeName = keyof typeof FILE_TYPES;
