/** The comparison as a file for readers who will not sign in: the summary and each changed article's diff. */
export function ReportDownloads({ from, to, onlyChanged }: { from: string; to: string; onlyChanged: boolean }) {
  const href = (format: "docx" | "pdf") => `/api/compare/report?${new URLSearchParams({ from, to, format, scope: onlyChanged ? "changed" : "all" })}`;
  return (
    <p className="text-sm text-stone-600">
      Comparison report ({onlyChanged ? "changed articles" : "all articles"}):{" "}
      <a href={href("docx")} download>Word</a> · <a href={href("pdf")} download>PDF</a>
    </p>
  );
}
