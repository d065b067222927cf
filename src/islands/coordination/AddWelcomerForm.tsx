/**
 * Adding a welcomer from a group that offers them: first name, group and how to reach them. Once added,
 * the form is cleared but for the group, and focus returns to the name for the next one.
 */
import { useRef } from "react";
import { ErrorSummary, Field } from "../../forms/kit";
import { errorFor } from "./problems";
import { useCoordination } from "./state";

const WELCOMER_TARGETS = { name: "welcomer-name", groupId: "welcomer-group", note: "welcomer-note" };

export function AddWelcomerForm() {
  const { groups, newWelcomer, setNewWelcomer, problems, summaryRef, busy, act, loadWelcomers, focusAfterRender } =
    useCoordination();
  const welcomerNameRef = useRef<HTMLInputElement>(null);

  return (
    <>
      <h3>Add a welcomer</h3>
      {groups.length === 0 ? (
        <p>
          No verified groups offer welcomers yet. A group offers welcomers once it is verified and its listing says it
          has trained welcomers; then it appears here.
        </p>
      ) : (
        <form
          noValidate
          onSubmit={(submitted) => {
            submitted.preventDefault();
            void act(
              "welcomers",
              { method: "POST", body: JSON.stringify(newWelcomer) },
              `${newWelcomer.name.trim()} is added as a welcomer.`,
              WELCOMER_TARGETS,
              () => {
                setNewWelcomer({ name: "", groupId: newWelcomer.groupId, note: "" });
                void loadWelcomers();
                focusAfterRender(welcomerNameRef);
              },
            );
          }}
        >
          <ErrorSummary errors={problems} summaryRef={summaryRef} focusOnFollow />
          <Field
            name="welcomer-name"
            label="First name"
            hint="First name only: it is what the resident is told."
            error={errorFor(problems, "name")}
          >
            {(describedBy, invalid) => (
              <input
                id="welcomer-name"
                type="text"
                autoComplete="off"
                maxLength={40}
                ref={welcomerNameRef}
                value={newWelcomer.name}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(change) => setNewWelcomer({ ...newWelcomer, name: change.target.value })}
              />
            )}
          </Field>
          <Field name="welcomer-group" label="Group" error={errorFor(problems, "groupId")}>
            {(describedBy, invalid) => (
              <select
                id="welcomer-group"
                value={newWelcomer.groupId}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(change) => setNewWelcomer({ ...newWelcomer, groupId: change.target.value })}
              >
                <option value="">Choose a group</option>
                {groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            name="welcomer-note"
            label="How to reach them (optional)"
            hint="For coordinators only, e.g. “through the group’s leader on Tuesdays”. Up to 300 characters."
            error={errorFor(problems, "note")}
          >
            {(describedBy, invalid) => (
              <textarea
                id="welcomer-note"
                rows={2}
                maxLength={300}
                value={newWelcomer.note}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(change) => setNewWelcomer({ ...newWelcomer, note: change.target.value })}
              />
            )}
          </Field>
          <button className="button" type="submit" aria-disabled={busy || undefined}>
            Add welcomer
          </button>
        </form>
      )}
    </>
  );
}
