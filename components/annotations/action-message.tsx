/** The outcome of an annotation action, announced: a refusal as an alert, a success as a status. */
export function ActionMessage({ state }: { state: { ok: boolean; message: string | null } }) {
  if (!state.message) return null;
  return <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-sm text-green-800" : "text-sm text-red-700"}>{state.message}</p>;
}
