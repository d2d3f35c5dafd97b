"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { AnnotationFormValues } from "@/lib/annotations/form-values";
import type { RichTextDoc } from "@/lib/rich-text/types";
import { AnnotationForm } from "./annotation-form";
import type { SelectionTarget } from "./read-selection";
import type { TagOption } from "./workspace-context";

const emptyBody: RichTextDoc = { type: "doc", content: [{ type: "paragraph" }] };

type Props = {
  target: SelectionTarget;
  tags: TagOption[];
  defaults: Pick<AnnotationFormValues, "sourceKind" | "sourceOrganization">;
  onClose: (saved: boolean) => void;
};

/** The form for a new annotation, in a modal dialog: focus stays inside it and Escape closes it. */
export function NewAnnotationDialog({ target, tags, defaults, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Set before closing, read by the close event: closing by Escape is a cancel.
  const saved = useRef(false);
  // Made once: a new object on each render would make the editor replace what was typed.
  const [initial] = useState(() => ({ body: emptyBody, tags: [], stance: "" as const, proposedText: "", visibility: "ORGANIZATION" as const, ...defaults }));

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const close = (wasSaved: boolean) => {
    saved.current = wasSaved;
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={() => onClose(saved.current)}
      className="m-auto max-h-[90vh] w-[min(40rem,95vw)] overflow-y-auto rounded-lg p-0 shadow-xl backdrop:bg-stone-900/40"
    >
      <div className="p-6">
        <h2 id={titleId} className="mb-4 text-lg font-semibold">New annotation</h2>
        <AnnotationForm
          mode={{ kind: "create", target }}
          quote={target.quote.exact}
          initial={initial}
          tags={tags}
          onSaved={() => close(true)}
          onCancel={() => close(false)}
        />
      </div>
    </dialog>
  );
}
