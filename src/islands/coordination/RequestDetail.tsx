/**
 * One request, opened: what is known of it and its resident, the plan form with matching, closing,
 * cancelling, and its audit trail.
 */
import { describeDay, optionsEventFor } from "../../lib/buddy/coordination";
import { ErrorSummary } from "../../forms/kit";
import { CancelRequest } from "./CancelRequest";
import { CloseRequestForm } from "./CloseRequestForm";
import { ACTION_LABELS, STATUS_LABELS, askedIn, headingOf, when } from "./labels";
import { PlanForm } from "./PlanForm";
import { useCoordination, type OpenRequest } from "./state";

export function RequestDetail({ loaded }: { loaded: OpenRequest }) {
  const { options, section, backToSection, detailHeadingRef, problems, summaryRef } = useCoordination();
  const { request } = loaded;
  const event = optionsEventFor(options, request.eventId);
  const changeable = request.status === "waiting" || request.status === "matched";
  const language = askedIn(request.lang);

  return (
    <section className="moderation-detail" aria-labelledby="detail-heading">
      <p>
        <button type="button" className="button button--secondary" onClick={backToSection}>
          Back to {headingOf(section).toLowerCase()}
        </button>
      </p>
      <h2 id="detail-heading" tabIndex={-1} ref={detailHeadingRef}>
        Request {request.reference}
      </h2>
      <ErrorSummary errors={problems} summaryRef={summaryRef} focusOnFollow />
      <dl className="facts">
        <dt>Status</dt>
        <dd>{STATUS_LABELS[request.status]}</dd>
        <dt>Event</dt>
        <dd>{request.eventTitle}</dd>
        <dt>When</dt>
        <dd>{describeDay(request.date, request.startTime)}</dd>
        {event?.placeName && (
          <>
            <dt>Where</dt>
            <dd>{event.placeName}</dd>
          </>
        )}
        {request.resident ? (
          <>
            <dt>Name</dt>
            <dd>{request.resident.name}</dd>
            <dt>Contact (private)</dt>
            <dd>{request.resident.contact.email ?? request.resident.contact.phone}</dd>
            <dt>Access needs</dt>
            <dd className="pre-line">{request.resident.accessNeeds || "None given"}</dd>
            <dt>Preferences</dt>
            <dd className="pre-line">{request.resident.preferences || "None given"}</dd>
          </>
        ) : (
          <>
            <dt>Resident</dt>
            <dd>Details removed when the request was cancelled</dd>
          </>
        )}
        <dt>Received</dt>
        <dd>{when(request.receivedAt)}</dd>
        <dt>Asked in</dt>
        <dd>
          {language.english}
          {request.lang && request.lang !== "en" && (
            <>
              {" "}
              (<span lang={language.tag}>{language.own}</span>). Messages to the resident are written in{" "}
              {language.english}; a welcomer who speaks it may help.
            </>
          )}
        </dd>
        <dt>Welcomer</dt>
        <dd>
          {request.plan.welcomerName
            ? `${request.plan.welcomerName} (${request.plan.groupName ?? ""})`
            : "Not chosen yet"}
        </dd>
        <dt>Meeting point</dt>
        <dd>{request.plan.meetingPoint ?? "Not set yet"}</dd>
        <dt>Meeting time</dt>
        <dd>{request.plan.meetingTime ?? "Not set yet"}</dd>
        {request.closedNote && (
          <>
            <dt>Note to the resident</dt>
            <dd className="pre-line">{request.closedNote}</dd>
          </>
        )}
      </dl>

      {changeable && <PlanForm request={request} event={event} />}

      {changeable && <CloseRequestForm />}

      {request.status !== "cancelled" && <CancelRequest request={request} />}

      <h3>Audit trail</h3>
      {loaded.audit.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <ol className="audit">
          {loaded.audit.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              {when(entry.at)}: {ACTION_LABELS[entry.action]} by {entry.by}
              {entry.detail ? `. ${entry.detail}` : ""}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
