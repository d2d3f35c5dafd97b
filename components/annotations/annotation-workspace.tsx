"use client";

import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import type { AnnotationFormValues } from "@/lib/annotations/form-values";
import { NewAnnotationDialog } from "./new-annotation-dialog";
import { readSelection, type SelectionTarget } from "./read-selection";
import { createSelectionStore, WorkspaceContext, type TagOption } from "./workspace-context";

type Props = {
  canAnnotate: boolean;
  tags: TagOption[];
  /** A new annotation's source defaults to the analyst's organisation. */
  defaults: Pick<AnnotationFormValues, "sourceKind" | "sourceOrganization">;
  children: ReactNode;
};

/** Follows the selection in the text of a draft (or of two, compared) and opens the annotation form on it. */
export function AnnotationWorkspace({ canAnnotate, tags, defaults, children }: Props) {
  const [store] = useState(createSelectionStore);
  const [target, setTarget] = useState<SelectionTarget | null>(null);
  const workspace = useMemo(() => ({ canAnnotate, tags, store, annotate: setTarget }), [canAnnotate, tags, store]);

  useEffect(() => {
    if (!canAnnotate) return;
    let frame = 0;
    const onSelectionChange = () => {
      cancelAnimationFrame(frame);
      // Dragging fires many events; reading once per frame is enough.
      frame = requestAnimationFrame(() => {
        const reading = readSelection();
        // Tabbing to the button may collapse the selection; the button must stay to be pressed.
        if (reading.kind === "none" && document.activeElement?.hasAttribute("data-annotate-button")) return;
        store.set(reading);
      });
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("selectionchange", onSelectionChange);
    };
  }, [canAnnotate, store]);

  return (
    <WorkspaceContext.Provider value={workspace}>
      {children}
      {canAnnotate && <SelectionHint store={store} />}
      {target && (
        <NewAnnotationDialog
          key={`${target.draftId}:${target.provisionId}:${target.start}:${target.end}`}
          target={target}
          tags={tags}
          defaults={defaults}
          onClose={(saved) => {
            setTarget(null);
            if (saved) document.getSelection()?.removeAllRanges();
          }}
        />
      )}
    </WorkspaceContext.Provider>
  );
}

function SelectionHint({ store }: { store: ReturnType<typeof createSelectionStore> }) {
  const message = useSyncExternalStore(
    store.subscribe,
    () => {
      const reading = store.get();
      return reading.kind === "problem" ? reading.message : null;
    },
    () => null,
  );
  return (
    <p role="status" className={message ? "fixed inset-x-0 bottom-4 mx-auto w-fit max-w-[90vw] rounded bg-stone-900 px-4 py-2 text-sm text-white shadow-lg" : "sr-only"}>
      {message}
    </p>
  );
}
