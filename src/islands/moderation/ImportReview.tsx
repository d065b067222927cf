/**
 * Imported events in the moderation console: each event from a moderated source waits here until a moderator
 * approves it (it is listed from the next build) or declines it; an approved one can be taken off again. Pairs
 * of events judged the same event from two sources are shown side by side, and a moderator can split a pair
 * that is really two events. Every text from a feed is rendered by React as text.
 */
import { useCallback, useEffect, useState } from "react";
import { DateTime } from "luxon";
import { ConsoleMessage, type ApiCall } from "../console/session";
import type { FormOptions } from "../../forms/SubmissionFields";
import type { ImportOverview as Overview, ReviewEvent } from "../../../netlify/lib/import-review";
import { describeWhen } from "../../lib/events/describe";
import { CITY_ZONE } from "../../lib/time/zone";
import { plural, when } from "./when";

/** When an event is, in full, and how many dates a series has in the coming year. */
function describeDates(event: ReviewEvent): string {
  const local = (iso: string) => DateTime.fromISO(iso).setZone(CITY_ZONE).toFormat("yyyy-MM-dd'T'HH:mm");
  const first = describeWhen({ startDate: local(event.start), endDate: local(event.end), allDay: event.allDay });
  return event.rrule ? `${first}; then repeats: ${plural(event.dates, "date")} in the coming year` : first;
}

function EventFacts({ event, options }: { event: ReviewEvent; options: FormOptions }) {
  const place = event.place && (options.places.find((each) => each.id === event.place)?.name ?? event.place);
  return (
    <>
      <ul className="tags" aria-label="About this event">
        {event.cancelled && <li className="tag tag--cancelled">Cancelled in its feed</li>}
        {event.rrule && <li className="tag">Repeats</li>}
      </ul>
      <dl className="facts">
        <dt>From</dt>
        <dd>{event.source.name}</dd>
        <dt>When</dt>
        <dd>{describeDates(event)}</dd>
        <dt>Where</dt>
        <dd>{place ?? event.locationText ?? "Not given"}</dd>
        {event.url && (
          <>
            <dt>Its page</dt>
            <dd className="break">{event.url}</dd>
          </>
        )}
        <dt>First read</dt>
        <dd>{when(event.firstSeenAt)}</dd>
        {event.changedAt !== event.firstSeenAt && (
          <>
            <dt>Last changed</dt>
            <dd>{when(event.changedAt)}</dd>
          </>
        )}
      </dl>
      {event.description && <p className="muted">{event.description}</p>}
      {event.cannotList && (
        <p role="note" className="notice">
          It cannot be listed yet, even if approved: {event.cannotList}.
        </p>
      )}
    </>
  );
}

export function ImportReview({ api, options }: { api: ApiCall; options: FormOptions }) {
  const [overview, setOverview] = useState<Overview>();
  const [message, setMessage] = useState<{ kind: "ok" | "alert"; text: string }>();
  const [busy, setBusy] = useState<string>();

  const load = useCallback(async () => {
    const result = await api("imports");
    if (result.ok) setOverview(result.body as unknown as Overview);
    else setMessage({ kind: "alert", text: result.body.error ?? "Could not load the imported events." });
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const act = async (action: "approve" | "decline" | "split", body: object, busyKey: string, done: string) => {
    setBusy(busyKey);
    setMessage(undefined);
    const result = await api(`imports/${action}`, { method: "POST", body: JSON.stringify(body) });
    setBusy(undefined);
    if (!result.ok) {
      setMessage({ kind: "alert", text: result.body.error ?? "That did not work. Reload and try again." });
      return;
    }
    setMessage({ kind: "ok", text: done });
    await load();
  };

  const decide = (event: ReviewEvent, action: "approve" | "decline", listed: boolean) =>
    act(
      action,
      { key: event.key },
      event.key,
      action === "approve"
        ? `Approved "${event.title}". It will be listed when the site has rebuilt.`
        : listed
          ? `Took "${event.title}" off the site. It will be gone when the site has rebuilt.`
          : `Declined "${event.title}". It will not be listed.`,
    );

  if (overview === undefined) {
    return (
      <section aria-labelledby="imports-heading">
        <h2 id="imports-heading">Imported events</h2>
        <ConsoleMessage message={message} />
        <p>Loading…</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="imports-heading" className="import-review">
      <h2 id="imports-heading">Imported events</h2>
      <ConsoleMessage message={message} />
      <h3>Waiting for a decision</h3>
      <p>
        Events from sources that are not yet trusted. Approve one to list it from the next build; a change its source
        makes later keeps it listed. Decline one to leave it off the site.
      </p>
      {overview.waiting.length === 0 ? (
        <p>Nothing is waiting.</p>
      ) : (
        <ul className="moderation-list">
          {overview.waiting.map((event) => (
            <li key={event.key} className="card">
              <h4>{event.title}</h4>
              <EventFacts event={event} options={options} />
              <div className="actions">
                <button
                  type="button"
                  className="button"
                  disabled={busy !== undefined}
                  onClick={() => void decide(event, "approve", false)}
                >
                  Approve <span className="visually-hidden">{event.title}</span>
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy !== undefined}
                  onClick={() => void decide(event, "decline", false)}
                >
                  Decline <span className="visually-hidden">{event.title}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {overview.declined > 0 && <p className="muted">{plural(overview.declined, "declined event")} not listed.</p>}

      <h3>Approved from sources not yet trusted</h3>
      {overview.approved.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="moderation-list">
          {overview.approved.map((event) => (
            <li key={event.key} className="card">
              <h4>{event.title}</h4>
              <EventFacts event={event} options={options} />
              <button
                type="button"
                className="button button--secondary"
                disabled={busy !== undefined}
                onClick={() => void decide(event, "decline", true)}
              >
                Take off the site <span className="visually-hidden">{event.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3>Listed once, from two sources</h3>
      <p>
        Events two sources both publish (the same place, starting within 15 minutes, with similar names) are listed
        once, crediting both. If a pair is really two events, split it and both are listed.
      </p>
      {overview.pairs.length === 0 ? (
        <p>No pairs.</p>
      ) : (
        <ul className="moderation-list">
          {overview.pairs.map((pair) => (
            <li key={pair.keys.join("\n")} className="card">
              <div className="pair">
                {pair.events.map((event) => (
                  <div key={event.key}>
                    <h4>{event.title}</h4>
                    <EventFacts event={event} options={options} />
                  </div>
                ))}
              </div>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy !== undefined}
                onClick={() =>
                  void act(
                    "split",
                    { keys: pair.keys },
                    pair.keys.join("\n"),
                    `Split "${pair.events[0].title}" and "${pair.events[1].title}". Both will be listed when the site has rebuilt.`,
                  )
                }
              >
                These are different events
              </button>
            </li>
          ))}
        </ul>
      )}
      {overview.splits > 0 && <p className="muted">{plural(overview.splits, "pair")} split by moderators.</p>}
    </section>
  );
}
