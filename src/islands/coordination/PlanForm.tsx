/**
 * The plan for a waiting or matched request: its welcomer (those of the event's own group first), meeting
 * point and meeting time, saved on their own or, for a waiting request, with the match.
 */
import { welcomerChoices } from "../../lib/buddy/coordination";
import type { BuddyOptions, RequestView, Welcomer } from "../../lib/buddy/model";
import { Field } from "../../forms/kit";
import { errorFor } from "./problems";
import { useCoordination } from "./state";

export function PlanForm({
  request,
  event,
}: {
  request: RequestView;
  event: BuddyOptions["events"][number] | undefined;
}) {
  const { welcomers, plan, setPlan, problems, busy, requestAction, matchWithPlan } = useCoordination();
  const eventGroupId = event?.groupId ?? request.plan.groupId;
  const choices = welcomerChoices(welcomers ?? [], eventGroupId);
  const ownGroup = choices.filter((welcomer) => welcomer.groupId === eventGroupId);
  const otherGroups = choices.filter((welcomer) => welcomer.groupId !== eventGroupId);
  const current = request.plan.welcomerId;
  const currentMissing = current && !choices.some((welcomer) => welcomer.id === current);
  const option = (welcomer: Welcomer) => (
    <option key={welcomer.id} value={welcomer.id}>
      {welcomer.name} ({welcomer.groupName})
    </option>
  );

  return (
    <form
      noValidate
      onSubmit={(submitted) => {
        submitted.preventDefault();
        void requestAction(
          "",
          { method: "PATCH", body: JSON.stringify(plan) },
          request.status === "matched"
            ? "The plan is saved and the resident has been told it changed."
            : "The plan is saved.",
        );
      }}
    >
      <h3>Plan the meeting</h3>
      <Field
        name="plan-welcomer"
        label="Welcomer"
        hint={
          event
            ? `Active welcomers; those from ${event.groupName}, who run this event, come first.`
            : "Active welcomers only."
        }
        error={errorFor(problems, "welcomerId")}
      >
        {(describedBy, invalid) => (
          <select
            id="plan-welcomer"
            value={plan.welcomerId}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(change) => setPlan({ ...plan, welcomerId: change.target.value })}
          >
            <option value="">{choices.length === 0 ? "No active welcomers yet" : "Choose a welcomer"}</option>
            {currentMissing && (
              <option value={current}>{request.plan.welcomerName} (paused or removed: choose another)</option>
            )}
            {ownGroup.length > 0 && otherGroups.length > 0 ? (
              <>
                <optgroup label={`From ${event?.groupName ?? "this event's group"}`}>{ownGroup.map(option)}</optgroup>
                <optgroup label="From other groups">{otherGroups.map(option)}</optgroup>
              </>
            ) : (
              choices.map(option)
            )}
          </select>
        )}
      </Field>
      <Field
        name="plan-point"
        label="Meeting point"
        hint="A public, named spot at the venue, such as “By the main doors”. The resident sees it once matched. No phone numbers, emails or web addresses."
        error={errorFor(problems, "meetingPoint")}
      >
        {(describedBy, invalid) => (
          <input
            id="plan-point"
            type="text"
            autoComplete="off"
            maxLength={200}
            value={plan.meetingPoint}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(change) => setPlan({ ...plan, meetingPoint: change.target.value })}
          />
        )}
      </Field>
      <Field
        name="plan-time"
        label="Meeting time"
        hint={`24-hour clock, on the day. The event starts at ${request.startTime}.`}
        error={errorFor(problems, "meetingTime")}
      >
        {(describedBy, invalid) => (
          <input
            id="plan-time"
            type="time"
            className="input--short"
            value={plan.meetingTime}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(change) => setPlan({ ...plan, meetingTime: change.target.value })}
          />
        )}
      </Field>
      <p className="actions">
        <button className="button button--secondary" type="submit" aria-disabled={busy || undefined}>
          Save plan
        </button>
        {request.status === "waiting" && (
          <button
            className="button"
            type="button"
            aria-disabled={busy || undefined}
            onClick={() => void matchWithPlan(request)}
          >
            Mark matched
          </button>
        )}
      </p>
    </form>
  );
}
