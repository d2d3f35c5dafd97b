import { SOURCE_KIND_LABELS, STANCE_LABELS, type SourceKind, type Stance } from "@/lib/annotations/labels";
import type { SubmissionCandidate } from "@/lib/operations/submissions/list-submission-candidates";

/** One annotation as the builder shows it: where, the words, what is proposed, by whom. */
export function CandidateSummary({ candidate }: { candidate: SubmissionCandidate }) {
  const place = [candidate.article ?? "Outside any article", candidate.provisionLabel].filter(Boolean).join(", ");
  return (
    <div className="min-w-0 text-sm">
      <p className="font-medium">
        {candidate.placed ? place : <span className="rounded bg-red-50 px-1.5 text-red-900">Not found in this draft</span>} · <span className="text-stone-600">{STANCE_LABELS[candidate.stance as Stance]}</span>
      </p>
      <p className="mt-0.5 truncate text-stone-700" dir="auto">“{candidate.quote}”{candidate.proposedText && <> → “{candidate.proposedText}”</>}</p>
      <p className="mt-0.5 text-stone-600" dir="auto">{candidate.excerpt}</p>
      <p className="mt-0.5 text-xs text-stone-500">
        {candidate.author}
        {candidate.organization && <> · {candidate.organization.name}</>} · {SOURCE_KIND_LABELS[candidate.sourceKind as SourceKind]}
        {candidate.sourceOrganization && <> ({candidate.sourceOrganization})</>}
        {candidate.tags.length > 0 && <> · {candidate.tags.map((t) => t.name).join(", ")}</>}
        {candidate.status === "RESOLVED" && <> · resolved</>}
      </p>
    </div>
  );
}
