"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import type { AlignmentFormState } from "@/app/compare/actions";

// Re-pairing gives the pairs new identities, so the pair whose form was used is rendered anew and
// would take its message with it: the outcome is told in the compare page's toolbar instead.

type Report = (state: AlignmentFormState) => void;

const NoticeContext = createContext<{ notice: AlignmentFormState | null; report: Report }>({ notice: null, report: () => undefined });

export function AlignmentNotices({ children }: { children: ReactNode }) {
  const [notice, report] = useState<AlignmentFormState | null>(null);
  return <NoticeContext.Provider value={{ notice, report }}>{children}</NoticeContext.Provider>;
}

/** The last alignment change's outcome. */
export function AlignmentNotice() {
  const { notice } = useContext(NoticeContext);
  if (!notice?.message) return null;
  return <p role={notice.ok ? "status" : "alert"} className={notice.ok ? "text-sm text-green-800" : "text-sm text-red-700"}>{notice.message}</p>;
}

type AlignmentAction = (state: AlignmentFormState, form: FormData) => Promise<AlignmentFormState>;

const NOTHING_TO_SAY: AlignmentFormState = { ok: false, message: null };

/** `action`, its success told in the toolbar; a refusal stays with the form that was used. */
export function useReportedAction(action: AlignmentAction): AlignmentAction {
  const { report } = useContext(NoticeContext);
  return async (state, form) => {
    const outcome = await action(state, form);
    if (!outcome.ok) return outcome;
    report(outcome);
    return NOTHING_TO_SAY;
  };
}
