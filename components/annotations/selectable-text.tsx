"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { useWorkspace } from "./workspace-context";

const noSubscription = () => () => {};

/**
 * A provision's text (or one paragraph of it, starting at `offset`), which readSelection maps
 * back to stored offsets: the span holds the text and nothing else. When the analyst's selection
 * ends here, the "Annotate selection" button follows the text, next in the tab order.
 */
export function SelectableText({ provisionId, offset, children }: { provisionId: string; offset: number; children: ReactNode }) {
  const workspace = useWorkspace();
  const store = workspace?.canAnnotate ? workspace.store : null;
  const selectedHere = useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    () => {
      const reading = store?.get();
      return reading?.kind === "target" && reading.target.provisionId === provisionId && reading.target.part === offset;
    },
    () => false,
  );
  return (
    <>
      <span data-provision-id={provisionId} data-offset={offset}>
        {children}
      </span>
      {selectedHere && (
        <button
          type="button"
          lang="en"
          dir="ltr"
          data-annotate-button
          // Keeps the selection: pressing the mouse on a button would otherwise clear it first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            const reading = store?.get();
            if (reading?.kind === "target") workspace?.annotate(reading.target);
          }}
          className="ms-2 inline-block select-none rounded bg-blue-800 px-2 py-0.5 align-baseline font-sans text-xs font-medium text-white shadow"
        >
          Annotate selection
        </button>
      )}
    </>
  );
}
