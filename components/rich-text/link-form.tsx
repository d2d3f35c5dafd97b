"use client";

import { useId, useState, type KeyboardEvent } from "react";
import { hrefRule } from "@/lib/rich-text/allowed-href";
import { completeHref } from "@/lib/rich-text/complete-href";

// The small inline box the Link button opens. It is not a <form>: the editor usually sits
// inside the annotation form, and forms cannot nest; Enter applies, Escape cancels.

type LinkFormProps = {
  initialHref: string;
  onApply: (href: string) => void;
  onRemove: (() => void) | null;
  onClose: () => void;
};

const buttonClass = "rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100";

export function LinkForm({ initialHref, onApply, onRemove, onClose }: LinkFormProps) {
  const [typed, setTyped] = useState(initialHref);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const apply = () => {
    const href = completeHref(typed);
    if (href === null) setError(hrefRule);
    else onApply(href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault(); // do not submit the annotation form
      apply();
    } else if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-stone-200 bg-stone-50 px-2 py-1.5">
      <input
        type="url"
        // Opened on request, so moving focus here is what the analyst expects.
        autoFocus
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        aria-label="Link address"
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        placeholder="https://"
        dir="ltr"
        className="min-w-48 flex-1 rounded border border-stone-300 px-2 py-0.5 text-sm"
      />
      <button type="button" onClick={apply} className={buttonClass}>
        Apply
      </button>
      {onRemove && (
        <button type="button" onClick={onRemove} className={buttonClass}>
          Remove link
        </button>
      )}
      <button type="button" onClick={onClose} className={buttonClass}>
        Cancel
      </button>
      {error && (
        <p id={errorId} role="alert" className="w-full text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
