/** The open or past requests, grouped by event and then by day, each a card that opens the request. */
import { describeDay, groupByEvent } from "../../lib/buddy/coordination";
import type { RequestView } from "../../lib/buddy/model";
import { STATUS_LABELS, askedIn, when } from "./labels";
import { useCoordination } from "./state";

export function RequestList() {
  const { requests, section } = useCoordination();
  if (requests === undefined) return <p>Loading…</p>;
  if (requests.length === 0) {
    return <p>{section === "open" ? "No open requests just now." : "No past requests."}</p>;
  }
  return groupByEvent(requests).map((event) => (
    <section key={event.eventId} aria-labelledby={`event-${event.eventId}`}>
      <h3 id={`event-${event.eventId}`}>{event.eventTitle}</h3>
      {event.dates.map((day) => (
        <div key={`${day.date}-${day.startTime}`}>
          <h4>{describeDay(day.date, day.startTime)}</h4>
          <ul className="moderation-list">
            {day.requests.map((request) => (
              <RequestCard key={request.id} request={request} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  ));
}

/** One request in the list: its reference (which opens it), status, resident and welcomer. */
function RequestCard({ request }: { request: RequestView }) {
  const { open } = useCoordination();
  return (
    <li className="card">
      <button type="button" className="link-button" onClick={() => void open(request.id)}>
        {request.reference}
        <span className="visually-hidden">: open this request</span>
      </button>
      <ul className="tags" aria-label="Status">
        <li className={request.status === "cancelled" ? "tag tag--cancelled" : "tag"}>
          {STATUS_LABELS[request.status]}
        </li>
      </ul>
      <dl className="facts">
        {request.resident ? (
          <>
            <dt>Name</dt>
            <dd>{request.resident.name}</dd>
            <dt>Contact</dt>
            <dd>{request.resident.contact.email ?? request.resident.contact.phone}</dd>
            <dt>Access needs</dt>
            <dd className="pre-line">{request.resident.accessNeeds || "None given"}</dd>
            <dt>Preferences</dt>
            <dd className="pre-line">{request.resident.preferences || "None given"}</dd>
          </>
        ) : (
          <>
            <dt>Resident</dt>
            <dd>Details removed</dd>
          </>
        )}
        <dt>Received</dt>
        <dd>{when(request.receivedAt)}</dd>
        {request.lang && request.lang !== "en" && (
          <>
            <dt>Asked in</dt>
            <dd>{askedIn(request.lang).english}</dd>
          </>
        )}
        {request.plan.welcomerName && (
          <>
            <dt>Welcomer</dt>
            <dd>
              {request.plan.welcomerName} ({request.plan.groupName})
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}
