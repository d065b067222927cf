/**
 * The buddy-up coordination console. The coordinator's token is typed in and kept in this tab's
 * sessionStorage only; it is never part of the built page. Everything a resident, reporter or coordinator
 * wrote is rendered by React as text. Requests, welcomers, reports, the outbox and the audit log each have
 * a section; a request opens with its plan form, its actions and its audit trail.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import {
  auditSubject,
  describeDay,
  groupByEvent,
  meetingTimeBefore,
  optionsEventFor,
  welcomerChoices,
} from "../lib/buddy/coordination";
import { ErrorSummary, Field, type SummaryProblem } from "../forms/kit";
import { SignedInBar, SignInForm, useConsoleSession, type ApiResult } from "./console/session";
import type {
  BuddyOptions,
  CoordinationAuditEntry,
  OutboxMessage,
  Report,
  RequestStatus,
  RequestView,
  Welcomer,
} from "../lib/buddy/model";
import { toLocalDateTime } from "../lib/time/local";

const TOKEN_KEY = "stoke-together:coordinator-token";
const OPTIONS_PATH = "/buddy-up/options.json";

type Section = "open" | "welcomers" | "reports" | "outbox" | "audit" | "past";

const SECTIONS: { id: Section; label: string; heading: string }[] = [
  { id: "open", label: "Open requests", heading: "Open requests" },
  { id: "welcomers", label: "Welcomers", heading: "Welcomers" },
  { id: "reports", label: "Reports", heading: "Reports of concern" },
  { id: "outbox", label: "Outbox", heading: "Outbox" },
  { id: "audit", label: "Audit log", heading: "Audit log" },
  { id: "past", label: "Past requests", heading: "Past requests" },
];

const STATUS_LABELS: Record<RequestStatus, string> = {
  waiting: "Waiting for a welcomer",
  matched: "Matched",
  closed: "Closed",
  cancelled: "Cancelled",
};

const ACTION_LABELS: Record<CoordinationAuditEntry["action"], string> = {
  requested: "Requested",
  planned: "Plan saved",
  matched: "Matched",
  closed: "Closed",
  cancelled: "Cancelled",
  deleted: "Deleted",
  reported: "Concern reported",
  "report-read": "Report read",
  "welcomer-added": "Welcomer added",
  "welcomer-paused": "Welcomer paused",
  "welcomer-resumed": "Welcomer resumed",
  "welcomer-removed": "Welcomer removed",
};

const DELIVERY_LABELS: Record<OutboxMessage["delivery"], string> = {
  outbox: "Kept here only: not sent",
  sent: "Sent",
  failed: "Could not be sent: kept here",
};

/** A problem with one field: the message, and the id of the control it is about. */
type FieldProblem = SummaryProblem & { target: string };

const EMPTY_OPTIONS: BuddyOptions = { groups: [], events: [] };

/** When something happened, as a date and time in the city. */
function when(instant: string): string {
  return toLocalDateTime(new Date(instant)).replace("T", " ");
}

/** Problems per field from an API answer, each pointing at the control in `targets`. */
function problemsFrom(result: ApiResult, targets: Record<string, string>): FieldProblem[] {
  return Object.entries(result.body.fields ?? {}).map(([field, message]) => ({
    field,
    target: targets[field] ?? Object.values(targets)[0] ?? "",
    message,
  }));
}

function errorFor(problems: FieldProblem[], field: string): string | undefined {
  return problems.find((problem) => problem.field === field)?.message;
}

export default function CoordinationConsole() {
  const [section, setSection] = useState<Section>("open");
  const [requests, setRequests] = useState<RequestView[]>();
  const [welcomers, setWelcomers] = useState<Welcomer[]>();
  const [groups, setGroups] = useState<BuddyOptions["groups"]>([]);
  const [options, setOptions] = useState<BuddyOptions>(EMPTY_OPTIONS);
  const [reports, setReports] = useState<Report[]>();
  const [messages, setMessages] = useState<OutboxMessage[]>();
  const [entries, setEntries] = useState<CoordinationAuditEntry[]>();
  const [detail, setDetail] = useState<{ request: RequestView; audit: CoordinationAuditEntry[] }>();
  const [plan, setPlan] = useState({ welcomerId: "", meetingPoint: "", meetingTime: "" });
  const [closeNote, setCloseNote] = useState("");
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [newWelcomer, setNewWelcomer] = useState({ name: "", groupId: "", note: "" });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [status, setStatus] = useState<string>();
  const [alert, setAlert] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [focusSummary, setFocusSummary] = useState(0);

  const sectionHeadingRef = useRef<HTMLHeadingElement>(null);
  const detailHeadingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const cancelButtonRef = useRef<HTMLButtonElement>(null);
  const welcomerNameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  // Where focus goes once React has drawn the change that caused it (a new section, a request, a panel).
  const pendingFocus = useRef<RefObject<HTMLElement | null>>(undefined);
  const [, setFocusRequests] = useState(0);
  const focusAfterRender = (target: RefObject<HTMLElement | null>) => {
    pendingFocus.current = target;
    setFocusRequests((count) => count + 1);
  };
  useEffect(() => {
    const target = pendingFocus.current?.current;
    if (!target) return;
    pendingFocus.current = undefined;
    target.focus();
  });

  const { token, name, api, signIn, signOut, signInProblem } = useConsoleSession({
    apiBase: "/api/coordination/",
    tokenKey: TOKEN_KEY,
    role: "coordinator",
    onSignedIn: () => focusAfterRender(sectionHeadingRef),
  });

  // The options are public and built with the site; until the build publishes them, none are offered.
  useEffect(() => {
    if (!token) return;
    void fetch(OPTIONS_PATH, { headers: { accept: "application/json" } })
      .then(async (response) => (response.ok ? ((await response.json()) as BuddyOptions) : EMPTY_OPTIONS))
      .catch(() => EMPTY_OPTIONS)
      .then((loaded) => setOptions({ groups: loaded.groups ?? [], events: loaded.events ?? [] }));
  }, [token]);

  const loadWelcomers = useCallback(async () => {
    const result = await api("welcomers");
    if (result.ok) {
      setWelcomers(result.body["welcomers"] as Welcomer[]);
      setGroups(result.body["groups"] as BuddyOptions["groups"]);
    } else setAlert(result.body.error ?? "Could not load the welcomers.");
  }, [api]);

  const load = useCallback(async () => {
    if (!token) return;
    setAlert(undefined);
    if (section === "open" || section === "past") {
      setRequests(undefined);
      const result = await api(`requests?view=${section}`);
      if (result.ok) setRequests(result.body["requests"] as RequestView[]);
      else setAlert(result.body.error ?? "Could not load the requests.");
    } else if (section === "welcomers") {
      await loadWelcomers();
    } else if (section === "reports") {
      const result = await api("reports");
      if (result.ok) setReports(result.body["reports"] as Report[]);
      else setAlert(result.body.error ?? "Could not load the reports.");
    } else if (section === "outbox") {
      const result = await api("outbox");
      if (result.ok) setMessages(result.body["messages"] as OutboxMessage[]);
      else setAlert(result.body.error ?? "Could not load the outbox.");
    } else {
      const result = await api("audit");
      if (result.ok) setEntries(result.body["entries"] as CoordinationAuditEntry[]);
      else setAlert(result.body.error ?? "Could not load the audit log.");
    }
  }, [api, loadWelcomers, section, token]);

  useEffect(() => {
    void load();
  }, [load]);

  const show = (next: Section) => {
    setSection(next);
    setDetail(undefined);
    setProblems([]);
    setStatus(undefined);
    focusAfterRender(sectionHeadingRef);
  };

  /** Fills the plan form from the request, or suggests the event's meeting point and a time before the start. */
  const fillPlan = (request: RequestView) => {
    const event = optionsEventFor(options, request.eventId);
    setPlan({
      welcomerId: request.plan.welcomerId ?? "",
      meetingPoint: request.plan.meetingPoint ?? event?.meetingPoint ?? "",
      meetingTime: request.plan.meetingTime ?? meetingTimeBefore(request.startTime),
    });
  };

  const open = async (id: string, focus = true) => {
    const result = await api(`requests/${id}`);
    if (!result.ok) {
      setAlert(result.body.error ?? "Could not open that request.");
      return undefined;
    }
    const loaded = result.body as unknown as { request: RequestView; audit: CoordinationAuditEntry[] };
    setDetail(loaded);
    if (welcomers === undefined) void loadWelcomers();
    if (focus) {
      fillPlan(loaded.request);
      setCloseNote("");
      setConfirmingCancel(false);
      setProblems([]);
      setStatus(undefined);
      setAlert(undefined);
      focusAfterRender(detailHeadingRef);
    }
    return loaded;
  };

  /** Runs one change; on success reloads the request and says what happened, else shows what to fix. */
  const act = async (
    path: string,
    init: RequestInit,
    done: string,
    targets: Record<string, string>,
    afterwards?: () => void,
  ): Promise<boolean> => {
    // Buttons stay enabled while a change is on its way, so focus is not lost; a second press waits.
    if (busy) return false;
    setBusy(true);
    setStatus(undefined);
    setAlert(undefined);
    const result = await api(path, init);
    setBusy(false);
    if (!result.ok) {
      const found = problemsFrom(result, targets);
      setProblems(found);
      if (found.length > 0) setFocusSummary((count) => count + 1);
      else setAlert(result.body.error ?? "That did not work. Try again.");
      return false;
    }
    setProblems([]);
    setStatus(result.body["changed"] === false ? "Nothing changed: that was already done." : done);
    afterwards?.();
    return true;
  };

  const PLAN_TARGETS = { welcomerId: "plan-welcomer", meetingPoint: "plan-point", meetingTime: "plan-time" };

  const requestAction = async (action: "" | "/match" | "/close" | "/cancel", init: RequestInit, done: string) => {
    if (!detail) return;
    const id = detail.request.id;
    const targets = action === "/close" ? { note: "close-note" } : PLAN_TARGETS;
    const ok = await act(`requests/${id}${action}`, init, done, targets);
    if (!ok) return;
    const reloaded = await open(id, false);
    if (reloaded && action !== "") {
      fillPlan(reloaded.request);
      setConfirmingCancel(false);
      focusAfterRender(detailHeadingRef);
    }
  };

  /** Matches, saving the plan form first when it holds changes, so what is on screen is what is matched. */
  const matchWithPlan = async (request: RequestView) => {
    const changed =
      plan.welcomerId !== (request.plan.welcomerId ?? "") ||
      plan.meetingPoint !== (request.plan.meetingPoint ?? "") ||
      plan.meetingTime !== (request.plan.meetingTime ?? "");
    if (changed) {
      const saved = await act(
        `requests/${request.id}`,
        { method: "PATCH", body: JSON.stringify(plan) },
        "The plan is saved.",
        PLAN_TARGETS,
      );
      if (!saved) return;
    }
    await requestAction("/match", { method: "POST" }, "Matched. The resident has been told a welcomer will meet them.");
  };

  if (!token || !name) {
    return <SignInForm label="Coordinator token" problem={signInProblem} onSignIn={(typed) => void signIn(typed)} />;
  }

  const heading = SECTIONS.find((entry) => entry.id === section)?.heading ?? "";

  const requestCard = (request: RequestView) => (
    <li key={request.id} className="card">
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

  const requestList = () => {
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
            <ul className="moderation-list">{day.requests.map(requestCard)}</ul>
          </div>
        ))}
      </section>
    ));
  };

  const requestDetail = (loaded: { request: RequestView; audit: CoordinationAuditEntry[] }) => {
    const { request } = loaded;
    const event = optionsEventFor(options, request.eventId);
    const eventGroupId = event?.groupId ?? request.plan.groupId;
    const choices = welcomerChoices(welcomers ?? [], eventGroupId);
    const ownGroup = choices.filter((welcomer) => welcomer.groupId === eventGroupId);
    const otherGroups = choices.filter((welcomer) => welcomer.groupId !== eventGroupId);
    const current = request.plan.welcomerId;
    const currentMissing = current && !choices.some((welcomer) => welcomer.id === current);
    const changeable = request.status === "waiting" || request.status === "matched";
    const option = (welcomer: Welcomer) => (
      <option key={welcomer.id} value={welcomer.id}>
        {welcomer.name} ({welcomer.groupName})
      </option>
    );

    return (
      <section className="moderation-detail" aria-labelledby="detail-heading">
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setDetail(undefined);
              setProblems([]);
              void load();
              focusAfterRender(sectionHeadingRef);
            }}
          >
            Back to {heading.toLowerCase()}
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

        {changeable && (
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
                      <optgroup label={`From ${event?.groupName ?? "this event's group"}`}>
                        {ownGroup.map(option)}
                      </optgroup>
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
        )}

        {changeable && (
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
        )}

        {request.status !== "cancelled" && (
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
        )}

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
  };

  const WELCOMER_TARGETS = { name: "welcomer-name", groupId: "welcomer-group", note: "welcomer-note" };

  const welcomerSection = () => (
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
      <h3>Current welcomers</h3>
      {welcomers === undefined ? (
        <p>Loading…</p>
      ) : welcomers.length === 0 ? (
        <p>No welcomers yet.</p>
      ) : (
        <ul className="moderation-list">
          {welcomers.map((welcomer) => (
            <li key={welcomer.id} className="card">
              <h4 id={`welcomer-${welcomer.id}`}>{welcomer.name}</h4>
              <ul className="tags" aria-label="Status">
                <li className={welcomer.status === "paused" ? "tag tag--cancelled" : "tag tag--free"}>
                  {welcomer.status === "paused" ? "Paused" : "Active"}
                </li>
              </ul>
              <dl className="facts">
                <dt>Group</dt>
                <dd>{welcomer.groupName}</dd>
                <dt>How to reach them</dt>
                <dd className="pre-line">{welcomer.note || "Not noted"}</dd>
                <dt>Added</dt>
                <dd>
                  {when(welcomer.addedAt)} by {welcomer.addedBy}
                </dd>
              </dl>
              <p className="actions">
                <button
                  className="button button--secondary"
                  type="button"
                  aria-disabled={busy || undefined}
                  aria-describedby={`welcomer-${welcomer.id}`}
                  onClick={() =>
                    void act(
                      `welcomers/${welcomer.id}/${welcomer.status === "paused" ? "resume" : "pause"}`,
                      { method: "POST" },
                      welcomer.status === "paused"
                        ? `${welcomer.name} is active again.`
                        : `${welcomer.name} is paused: they will not be offered for new requests.`,
                      {},
                      () => void loadWelcomers(),
                    )
                  }
                >
                  {welcomer.status === "paused" ? "Resume" : "Pause"}
                </button>
                <button
                  className="button button--secondary"
                  type="button"
                  aria-disabled={busy || undefined}
                  aria-describedby={`welcomer-${welcomer.id}`}
                  onClick={() =>
                    void act(
                      `welcomers/${welcomer.id}`,
                      { method: "DELETE" },
                      `${welcomer.name} is removed.`,
                      {},
                      () => void loadWelcomers(),
                    )
                  }
                >
                  Remove
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );

  const reportSection = () =>
    reports === undefined ? (
      <p>Loading…</p>
    ) : reports.length === 0 ? (
      <p>No concerns have been reported.</p>
    ) : (
      <ul className="moderation-list">
        {reports.map((report) => (
          <li key={report.id} className="card">
            <h3 id={`report-${report.id}`}>
              Reported {when(report.receivedAt)}
              {report.requestReference ? ` about ${report.requestReference}` : ""}
            </h3>
            <ul className="tags" aria-label="Status">
              <li className={report.status === "new" ? "tag tag--buddy" : "tag"}>
                {report.status === "new" ? "New" : `Read by ${report.readBy ?? "a coordinator"}`}
              </li>
            </ul>
            <p className="pre-line">{report.message}</p>
            <dl className="facts">
              {report.eventTitle && (
                <>
                  <dt>Event</dt>
                  <dd>{report.eventTitle}</dd>
                </>
              )}
              <dt>Contact</dt>
              <dd>{report.contact || "None given"}</dd>
            </dl>
            {report.status === "new" && (
              <button
                className="button button--secondary"
                type="button"
                aria-disabled={busy || undefined}
                aria-describedby={`report-${report.id}`}
                onClick={() =>
                  void act(`reports/${report.id}/read`, { method: "POST" }, "Marked as read.", {}, () => void load())
                }
              >
                Mark read
              </button>
            )}
          </li>
        ))}
      </ul>
    );

  const outboxSection = () => (
    <>
      <p>
        Every message the site sends is kept here. Messages marked “Kept here only” were not sent, because no mail
        service is set up: pass them on yourself.
      </p>
      {messages === undefined ? (
        <p>Loading…</p>
      ) : messages.length === 0 ? (
        <p>No messages yet.</p>
      ) : (
        <ul className="moderation-list">
          {messages.map((message) => (
            <li key={message.id} className="card">
              <h3>{message.subject}</h3>
              <dl className="facts">
                <dt>To</dt>
                <dd>{message.to === "coordinators" ? "Coordinators" : message.to}</dd>
                <dt>When</dt>
                <dd>{when(message.at)}</dd>
                <dt>Delivery</dt>
                <dd>{DELIVERY_LABELS[message.delivery]}</dd>
              </dl>
              <p className="pre-line">{message.text}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );

  const auditSection = () =>
    entries === undefined ? (
      <p>Loading…</p>
    ) : entries.length === 0 ? (
      <p>Nothing recorded yet.</p>
    ) : (
      <>
        <p>The most recent 200 changes, newest first.</p>
        <ol className="audit">
          {entries.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              {when(entry.at)}: {auditSubject(entry) ? `${auditSubject(entry)}: ` : ""}
              {ACTION_LABELS[entry.action]} by {entry.by}
              {entry.detail ? `. ${entry.detail}` : ""}
            </li>
          ))}
        </ol>
      </>
    );

  return (
    <div className="moderation">
      <SignedInBar
        name={name}
        onSignOut={() => {
          signOut();
          setDetail(undefined);
        }}
      />
      <div role="status" aria-live="polite">
        {status && (
          <div className="notice">
            <p>{status}</p>
          </div>
        )}
      </div>
      {alert && (
        <div className="notice notice--alert" role="alert">
          <p>{alert}</p>
        </div>
      )}
      <nav aria-label="Coordination sections">
        <ul className="chips">
          {SECTIONS.map((entry) => (
            <li key={entry.id}>
              <a
                href={`#${entry.id}`}
                aria-current={section === entry.id ? "page" : undefined}
                onClick={(click) => {
                  click.preventDefault();
                  show(entry.id);
                }}
              >
                {entry.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {detail ? (
        requestDetail(detail)
      ) : (
        <section aria-labelledby="section-heading">
          <h2 id="section-heading" tabIndex={-1} ref={sectionHeadingRef}>
            {heading}
          </h2>
          {(section === "open" || section === "past") && requestList()}
          {section === "welcomers" && welcomerSection()}
          {section === "reports" && reportSection()}
          {section === "outbox" && outboxSection()}
          {section === "audit" && auditSection()}
        </section>
      )}
    </div>
  );
}
