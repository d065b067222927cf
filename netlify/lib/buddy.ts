/**
 * What happens to a buddy-up request, shared by the resident's functions and the coordination API:
 * withdrawing personal details, the notifications each change sends, and the public options the build
 * publishes (which events have buddy-up, on which dates, and which groups have welcomers).
 */
import { describeDay } from "../../src/lib/buddy/coordination";
import type { BuddyOptions, BuddyRequest } from "../../src/lib/buddy/model";
import type { PageLoader } from "./pages";
import { createBuddyStore, openBuddyStore, type BuddyStore, type Versioned } from "./buddy-store";
import { createMailer, postmarkTransport, type Mailer } from "./mailer";
import { HttpError } from "./http";
import { messagesFor } from "../../src/lib/i18n/messages";
import { fill } from "../../src/lib/i18n/words";

/**
 * The store, clock and mailer the buddy-up functions run with on Netlify: Blobs, the real time, and the
 * outbox (plus Postmark when it is configured in `env`).
 */
export function livePlatform(env: { get(name: string): string | undefined }): {
  store: BuddyStore;
  now: () => Date;
  mailer: Mailer;
} {
  const store = createBuddyStore(openBuddyStore());
  const now = () => new Date();
  return { store, now, mailer: createMailer(store, now, postmarkTransport(env)) };
}

/** Where the build publishes the buddy-up options. */
export const OPTIONS_PATH = "/buddy-up/options.json";

/** The path of a request's private status page. */
export function statusPath(id: string, token: string): string {
  return `/buddy-up/status/?ref=${id}&token=${token}`;
}

/** A person who already has `count` open requests asks for another: 429, asking them to cancel one first. */
export class OpenRequestsError extends HttpError {
  constructor(readonly count: number) {
    super(
      429,
      `You already have ${count} requests waiting. Please cancel one, or wait until after one of those events.`,
    );
  }
}

/** Reads the options the build published. */
export async function loadOptions(pages: PageLoader): Promise<BuddyOptions> {
  return JSON.parse(await pages(OPTIONS_PATH)) as BuddyOptions;
}

/** A cancelled request: personal details and the contact hash removed at once; what remains names nobody. */
export function withoutPersonalDetails(request: BuddyRequest): BuddyRequest {
  const { resident: _resident, contactHash: _contact, ...rest } = request;
  return { ...rest, status: "cancelled", plan: { ...rest.plan } };
}

/**
 * Cancels a request, for the resident or a coordinator: its personal details go at once, with the messages
 * to the resident that repeat them, and the cancellation is audited. Undefined when someone changed the
 * request since it was read, and nothing was changed.
 */
export async function cancelRequest(
  store: BuddyStore,
  found: Versioned<BuddyRequest>,
  by: string,
  at: Date,
): Promise<BuddyRequest | undefined> {
  const cancelled = withoutPersonalDetails(found.record);
  if (!(await store.replaceRequest(cancelled, found.etag))) return undefined;
  const messages = await store.listOutbox();
  await Promise.all(
    messages
      .filter((message) => message.requestId === found.record.id && message.to !== "coordinators")
      .map((message) => store.deleteOutboxMessage(message.id)),
  );
  await store.audit({ at: at.toISOString(), by, action: "cancelled", target: found.record.id });
  return cancelled;
}

/** How a request's date reads in a message, e.g. "Tuesday 1 December 2026 at 10:30". */
export function whenOf(request: Pick<BuddyRequest, "date" | "startTime">): string {
  return describeDay(request.date, request.startTime);
}

/** Tells the coordinators about a new request; the message holds no personal details. */
export function notifyNewRequest(mailer: Mailer, request: BuddyRequest): Promise<unknown> {
  return mailer.send({
    to: "coordinators",
    subject: `New buddy-up request ${request.reference}`,
    text:
      `Someone has asked for a buddy for ${request.eventTitle} on ${whenOf(request)}.\n` +
      `Open the coordination console to arrange a welcomer: /coordinate/ (reference ${request.reference}).`,
    requestId: request.id,
  });
}

/** Tells the coordinators a resident cancelled, so the welcomer is not left waiting. */
export function notifyCancelled(mailer: Mailer, request: BuddyRequest): Promise<unknown> {
  const arranged = request.plan.welcomerName ? ` Please let ${request.plan.welcomerName} know.` : "";
  return mailer.send({
    to: "coordinators",
    subject: `Buddy-up request ${request.reference} was cancelled`,
    text: `The request for ${request.eventTitle} on ${whenOf(request)} was cancelled by the resident.${arranged}`,
  });
}

/** What changed in a request, as the message to the resident says it. */
export type ResidentChange = "changed" | "matched" | "closed";

/**
 * Tells the resident their request changed, in the language they asked in; the details are only on their private
 * status page.
 */
export function notifyResident(mailer: Mailer, request: BuddyRequest, change: ResidentChange): Promise<unknown> {
  const contact = request.resident?.contact;
  const to = contact?.email ?? contact?.phone;
  if (!to) return Promise.resolve();
  const t = messagesFor(request.lang ?? "en").buddyForms.message;
  return mailer.send({
    to,
    subject: fill(t.subject, { event: request.eventTitle }),
    text:
      `${fill(t.hello, { name: request.resident?.name ?? "" })} ${t.changes[change]}\n` +
      fill(t.open, { reference: request.reference }),
    requestId: request.id,
  });
}

/** Tells the coordinators a concern was reported; they read it in the console. */
export function notifyReport(mailer: Mailer, reference: string | undefined): Promise<unknown> {
  return mailer.send({
    to: "coordinators",
    subject: reference ? `A concern was reported about ${reference}` : "A concern was reported",
    text: "Someone has reported a concern about buddy-up. Read it in the coordination console: /coordinate/.",
  });
}
