/**
 * Cancelling a request, which deletes the resident's details: a button that asks first, and the question
 * with its two answers. Focus moves to the question, and back to the button when the answer is no.
 */
import { useRef } from "react";
import type { RequestView } from "../../lib/buddy/model";
import { useCoordination } from "./state";

export function CancelRequest({ request }: { request: RequestView }) {
  const { confirmingCancel, setConfirmingCancel, busy, requestAction, focusAfterRender } = useCoordination();
  const confirmRef = useRef<HTMLDivElement>(null);
  const cancelButtonRef = useRef<HTMLButtonElement>(null);

  return (
    <>
      <h3>Cancel the request</h3>
      {confirmingCancel ? (
        <div
          className="notice notice--alert"
          role="group"
          aria-labelledby="cancel-question"
          tabIndex={-1}
          ref={confirmRef}
        >
          <p id="cancel-question">
            Cancel {request.reference}? The resident’s name, contact and needs are deleted at once. This cannot be
            undone.
          </p>
          <p className="actions">
            <button
              className="button"
              type="button"
              aria-disabled={busy || undefined}
              onClick={() =>
                void requestAction(
                  "/cancel",
                  { method: "POST" },
                  "Cancelled. The resident’s details have been deleted.",
                )
              }
            >
              Yes, cancel the request
            </button>
            <button
              className="button button--secondary"
              type="button"
              onClick={() => {
                setConfirmingCancel(false);
                focusAfterRender(cancelButtonRef);
              }}
            >
              No, keep it
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button
            className="button button--secondary"
            type="button"
            ref={cancelButtonRef}
            aria-disabled={busy || undefined}
            onClick={() => {
              setConfirmingCancel(true);
              focusAfterRender(confirmRef);
            }}
          >
            Cancel request…
          </button>
        </p>
      )}
    </>
  );
}
