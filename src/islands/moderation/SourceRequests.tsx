/**
 * Groups' requests for their calendars to be added, in the Sources section of the moderation console: each
 * with the address, what the group said about it, and the email to reply to. A moderator adds the calendar as
 * a source (the add-source form, started from the request) or declines it; either way the request and its
 * email are deleted.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { ConsoleMessage, type ApiCall } from "../console/session";
import type { FormOptions } from "../../forms/SubmissionFields";
import { CALENDAR_KINDS, suggestedSourceName, type SourceRequestView } from "../../lib/import/source-request";
import { AddSourceForm } from "./AddSourceForm";
import { when } from "./when";

/** The group a request is from, by name, and whether the site lists it. */
function groupOf(request: SourceRequestView, options: FormOptions): { name: string; listed: boolean } {
  const group = request.group;
  if (group.kind === "new") return { name: group.name, listed: false };
  return { name: options.groups.find((each) => each.id === group.id)?.name ?? group.id, listed: true };
}

function RequestCard({
  request,
  options,
  api,
  onResolved,
}: {
  request: SourceRequestView;
  options: FormOptions;
  api: ApiCall;
  onResolved: (outcome: { kind: "ok" | "alert"; text: string }, added?: string) => void;
}) {
  const [adding, setAdding] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // The button pressed is gone once the form or the question shows, so focus moves to what replaced it.
  useEffect(() => formRef.current?.focus(), [adding]);
  useEffect(() => confirmRef.current?.focus(), [declining]);
  const group = groupOf(request, options);
  const place = request.place ? options.places.find((each) => each.id === request.place)?.name : undefined;

  const decline = async () => {
    setBusy(true);
    const result = await api(`source-requests/${request.id}/decline`, { method: "POST" });
    setBusy(false);
    if (!result.ok) {
      onResolved({ kind: "alert", text: result.body.error ?? "The request could not be declined." });
      return;
    }
    onResolved({ kind: "ok", text: `Declined the request from ${group.name}. It and its email are deleted.` });
  };

  return (
    <li className="card source-request">
      <h4>{group.name}</h4>
      <ul className="tags" aria-label="About the group">
        <li className="tag">{group.listed ? "Listed group" : "Group not listed yet"}</li>
        {request.calendar && <li className="tag">{CALENDAR_KINDS[request.calendar]}</li>}
      </ul>
      <dl className="facts">
        <dt>Address</dt>
        <dd className="break">{request.url}</dd>
        <dt>Usually at</dt>
        <dd>{[place, request.placeWords].filter(Boolean).join("; ") || "Not said"}</dd>
        <dt>Sharing</dt>
        <dd>{request.share ? "Anyone may share their events (Open Government Licence)" : "Not said: not shared"}</dd>
        <dt>Reply to</dt>
        <dd className="break">
          <a href={`mailto:${request.contactEmail}`}>{request.contactEmail}</a>
        </dd>
        <dt>Asked at</dt>
        <dd>{when(request.receivedAt)}</dd>
        {request.note && (
          <>
            <dt>Their note</dt>
            <dd className="pre-line">{request.note}</dd>
          </>
        )}
      </dl>
      {!group.listed && (
        <p className="notice">
          This group is not on the site yet: add it to <code>content/groups/</code> first, then add its calendar here.
        </p>
      )}
      {!adding && !declining && (
        <p className="actions">
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Add this calendar
          </button>
          <button type="button" className="button button--secondary" onClick={() => setDeclining(true)}>
            Decline
          </button>
        </p>
      )}
      {declining && (
        <div className="notice notice--alert">
          <p>Declining deletes this request and the group's email. Reply to them first if they should hear why.</p>
          <p className="actions">
            <button ref={confirmRef} type="button" className="button" disabled={busy} onClick={() => void decline()}>
              {busy ? "Declining…" : "Decline and delete it"}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDeclining(false)}>
              Keep it
            </button>
          </p>
        </div>
      )}
      {adding && (
        <div ref={formRef} tabIndex={-1}>
          <AddSourceForm
            api={api}
            options={options}
            path={`source-requests/${request.id}/add`}
            idPrefix={`request-${request.id}`}
            initial={{
              name: suggestedSourceName(group.name),
              url: request.url,
              ...(request.group.kind === "known" ? { group: request.group.id } : {}),
              ...(request.place ? { place: request.place } : {}),
              ...(request.share ? { licence: "ogl-3.0" as const } : {}),
            }}
            intro={
              <>
                <h5>Add it as a source</h5>
                <p>
                  Check the name and choose its group, categories and audiences, and whether it publishes directly.
                  Adding it deletes this request and the group's email.
                </p>
              </>
            }
            submitLabel="Add as a source"
            onCancel={() => setAdding(false)}
            onAdded={(name) =>
              onResolved(
                {
                  kind: "ok",
                  text: `Added ${name}; the request and its email are deleted. Fetch it now to read its events, or wait for the next hourly import.`,
                },
                name,
              )
            }
          />
        </div>
      )}
    </li>
  );
}

export function SourceRequests({
  api,
  options,
  onAdded,
}: {
  api: ApiCall;
  options: FormOptions;
  /** A request became a source: source health lists it. */
  onAdded: (message: string) => void;
}) {
  const [requests, setRequests] = useState<SourceRequestView[]>();
  const [message, setMessage] = useState<{ kind: "ok" | "alert"; text: string }>();

  const load = useCallback(async () => {
    const result = await api("source-requests");
    if (result.ok) setRequests(result.body["requests"] as SourceRequestView[]);
    else setMessage({ kind: "alert", text: result.body.error ?? "Could not load the requests." });
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-labelledby="source-requests-heading" className="source-requests">
      <h3 id="source-requests-heading">Calendars groups asked us to add</h3>
      <p>
        Groups ask from <a href="/submit/calendar/">the calendar form</a>. Check the calendar is the group's and its
        events are public, reply by email if you need to, then add it or decline it.
      </p>
      <ConsoleMessage message={message} />
      {requests === undefined ? (
        <p>Loading…</p>
      ) : requests.length === 0 ? (
        <p>No group is waiting.</p>
      ) : (
        <ul className="moderation-list">
          {requests.map((request) => (
            <RequestCard
              key={request.id}
              request={request}
              options={options}
              api={api}
              onResolved={(outcome, added) => {
                if (added) onAdded(outcome.text);
                else setMessage(outcome);
                void load();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
