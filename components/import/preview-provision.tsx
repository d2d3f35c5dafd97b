"use client";

import { useRef, useState, type FormEvent } from "react";
import { describeProvision } from "@/lib/draft-text/check-tree";
import { changeKind, deleteProvision, editProvision, mergeWithPrevious, splitProvision } from "@/lib/draft-text/edit-tree";
import type { PreviewProvision } from "@/lib/draft-text/preview-tree";
import { kindName, PROVISION_KINDS } from "@/lib/draft-text/tree-rules";
import type { ProvisionKind } from "@/lib/draft-text/types";

export type ApplyEdit = (edit: (tree: PreviewProvision[]) => PreviewProvision[], focusId?: string) => void;

const button = "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs hover:bg-stone-100";
const input = "rounded border border-stone-300 px-2 py-1 text-sm";

/** One provision of the preview with its corrections, and its children below it. */
export function PreviewProvisionItem({ node, warnings, apply }: { node: PreviewProvision; warnings: ReadonlyMap<string, string[]>; apply: ApplyEdit }) {
  const [editing, setEditing] = useState(false);
  const text = useRef<HTMLTextAreaElement>(null);
  // The text as typed; taken anew when an edit elsewhere (merge, split) changes it. The textarea
  // itself stays, so the caret survives the commit on blur and "Split at the caret" finds it.
  const [typed, setTyped] = useState(node.text);
  const [shown, setShown] = useState(node.text);
  if (node.text !== shown) {
    setShown(node.text);
    setTyped(node.text);
  }
  const name = describeProvision(node);
  const own = warnings.get(node.id) ?? [];
  const hidden = <span className="sr-only"> ({name})</span>;

  function saveHeading(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (key: string) => String(form.get(key) ?? "");
    apply((tree) => editProvision(tree, node.id, { label: field("label"), number: field("number"), heading: field("heading") }), node.id);
    setEditing(false);
  }

  return (
    <li id={`preview-${node.id}`} data-kind={node.kind} className="space-y-2 border-s-2 border-stone-200 py-2 ps-3">
      <div className="flex flex-wrap items-center gap-2">
        <select
          id={`level-${node.id}`}
          aria-label={`Level of ${name}`}
          value={node.kind}
          onChange={(e) => apply((tree) => changeKind(tree, node.id, e.target.value as ProvisionKind), node.id)}
          className="rounded border border-stone-300 bg-white px-1 py-0.5 text-xs"
        >
          {PROVISION_KINDS.map((kind) => <option key={kind} value={kind}>{kindName(kind)}</option>)}
        </select>
        {!editing && (
          <span className={node.kind === "ARTICLE" ? "font-semibold" : ""}>
            {node.label && <span className="provision-label">{node.label}</span>}
            {node.heading && <span className="provision-heading">{node.heading}</span>}
          </span>
        )}
        <span className="ms-auto flex flex-wrap gap-1">
          {!editing && <button type="button" className={button} onClick={() => setEditing(true)}>Edit heading{hidden}</button>}
          <button type="button" className={button} onClick={() => apply((tree) => mergeWithPrevious(tree, node.id))}>Merge with previous{hidden}</button>
          {node.text !== "" && (
            <button type="button" className={button} onClick={() => apply((tree) => splitProvision(tree, node.id, text.current?.selectionStart ?? 0), node.id)}>
              Split at the caret{hidden}
            </button>
          )}
          <button type="button" className={button} onClick={() => apply((tree) => deleteProvision(tree, node.id))}>Delete{hidden}</button>
        </span>
      </div>
      {editing && (
        <form onSubmit={saveHeading} aria-label={`Heading of ${name}`} className="flex flex-wrap items-end gap-2">
          <label className="text-xs">Number as printed<input name="label" defaultValue={node.label ?? ""} className={`${input} block w-32`} /></label>
          <label className="text-xs">Number<input name="number" defaultValue={node.number ?? ""} className={`${input} block w-20`} /></label>
          <label className="grow text-xs">Heading<input name="heading" defaultValue={node.heading ?? ""} autoFocus className={`${input} block w-full`} /></label>
          <button type="submit" className={button}>Save heading</button>
          <button type="button" className={button} onClick={() => setEditing(false)}>Cancel</button>
        </form>
      )}
      {own.length > 0 && (
        <ul className="text-sm text-amber-800">
          {own.map((message) => <li key={message}>⚠ {message}</li>)}
        </ul>
      )}
      {node.text !== "" && (
        <textarea
          ref={text}
          aria-label={`Text of ${name}`}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          rows={Math.min(8, Math.ceil(node.text.length / 90) + node.text.split("\n").length - 1)}
          onBlur={() => {
            if (typed !== node.text) apply((tree) => editProvision(tree, node.id, { text: typed }));
          }}
          className="w-full rounded border border-stone-200 bg-white px-2 py-1 font-[family-name:var(--font-legal)] text-sm"
        />
      )}
      {node.notes && <p className="text-xs text-stone-600">Footnote: {node.notes}</p>}
      {node.children.length > 0 && (
        <ol className="space-y-1">
          {node.children.map((child) => <PreviewProvisionItem key={child.id} node={child} warnings={warnings} apply={apply} />)}
        </ol>
      )}
    </li>
  );
}
