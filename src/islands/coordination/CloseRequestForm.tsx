/** Closing a waiting or matched request, with an optional note the resident sees on their status page. */
import { Field } from "../../forms/kit";
import { errorFor } from "./problems";
import { useCoordination } from "./state";

export function CloseRequestForm() {
  const { closeNote, setCloseNote, problems, busy, requestAction } = useCoordination();
  return (
    <form
      noValidate
      onSubmit={(submitted) => {
        submitted.preventDefault();
        void requestAction(
          "/close",
          { method: "POST", body: JSON.stringify({ note: closeNote }) },
          "Closed. The resident has been told.",
        );
      }}
    >
      <h3>Close the request</h3>
      <Field
        name="close-note"
        label="Note for the resident (optional)"
        hint="Shown on their private status page, e.g. “No welcomer is free that day”. Up to 300 characters."
        error={errorFor(problems, "note")}
      >
        {(describedBy, invalid) => (
          <textarea
            id="close-note"
            rows={3}
            maxLength={300}
            value={closeNote}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(change) => setCloseNote(change.target.value)}
          />
        )}
      </Field>
      <button className="button button--secondary" type="submit" aria-disabled={busy || undefined}>
        Close request
      </button>
    </form>
  );
}
