"use client";

import { useEffect, useMemo, useState } from "react";
import { checkPreviewTree } from "@/lib/draft-text/check-tree";
import { TreeEditError } from "@/lib/draft-text/edit-tree";
import { walkTree, type PreviewProvision } from "@/lib/draft-text/preview-tree";
import { PreviewProvisionItem, type ApplyEdit } from "./preview-provision";

interface Props {
  tree: PreviewProvision[];
  fileWarnings: string[];
  pages: number | null;
  onChange: (tree: PreviewProvision[]) => void;
}

/** The parsed draft as it will be saved, with its warnings, for the editor to correct. */
export function DraftPreview({ tree, fileWarnings, pages, onChange }: Props) {
  const [editError, setEditError] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const warnings = useMemo(() => checkPreviewTree(tree), [tree]);
  const byProvision = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const w of warnings) if (w.provisionId) map.set(w.provisionId, [...(map.get(w.provisionId) ?? []), w.message]);
    return map;
  }, [warnings]);
  const nodes = [...walkTree(tree)];
  const articles = nodes.filter(({ node }) => node.kind === "ARTICLE").length;

  // A provision that moved (new level) is drawn anew: give the keyboard back its level select.
  useEffect(() => {
    if (focusId) document.getElementById(`level-${focusId}`)?.focus();
  }, [tree, focusId]);

  const apply: ApplyEdit = (edit, focus) => {
    try {
      onChange(edit(tree));
      setEditError(null);
      setFocusId(focus ?? null);
    } catch (error) {
      if (!(error instanceof TreeEditError)) throw error;
      setEditError(error.message);
    }
  };

  return (
    <section aria-labelledby="preview-heading" className="space-y-4 rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h2 id="preview-heading" className="text-xl font-semibold">Preview</h2>
      <p className="text-sm text-stone-600">
        {articles} {articles === 1 ? "article" : "articles"}, {nodes.length} provisions{pages !== null && <> · {pages} pages read</>}. Check the
        structure and correct it before saving: change a level, merge a provision into the one before it, split one at the caret in its
        text, edit a heading, or delete.
      </p>
      {(fileWarnings.length > 0 || warnings.length > 0) && (
        <div role="region" aria-label="Warnings" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <h3 className="font-medium">Check {fileWarnings.length + warnings.length === 1 ? "this" : "these"}</h3>
          <ul className="mt-1 list-disc ps-5">
            {fileWarnings.map((message) => <li key={message}>{message}</li>)}
            {warnings.map((w, index) => (
              <li key={`${w.provisionId}-${index}`}>
                {w.provisionId ? <a href={`#preview-${w.provisionId}`}>{w.message}</a> : w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {editError && <p role="alert" className="text-sm text-red-700">{editError}</p>}
      <ol aria-label="Provisions" className="space-y-1">
        {tree.map((node) => <PreviewProvisionItem key={node.id} node={node} warnings={byProvision} apply={apply} />)}
      </ol>
    </section>
  );
}
