/**
 * Notifications for buddy-up. Every message is kept in the outbox that the /coordinate/ console shows, so
 * nothing is silently dropped; when a mail service is configured (Postmark: POSTMARK_SERVER_TOKEN and
 * MAIL_FROM) it is also sent, and a failure to send is marked on the message rather than lost.
 */
import type { OutboxMessage } from "../../src/lib/buddy/model";
import type { BuddyStore } from "./buddy-store";

/** A message to send: to "coordinators", or to a resident's email or phone. */
export interface Message {
  to: string;
  subject: string;
  text: string;
  requestId?: string;
}

/** Sends a message; resolves with what was kept in the outbox. Never throws for a failed delivery. */
export interface Mailer {
  send(message: Message): Promise<OutboxMessage>;
}

/** Delivers one message through a mail service, or throws. */
export type Transport = (message: Message) => Promise<void>;

/** The outbox alone (the local default), or the outbox and a transport. */
export function createMailer(store: BuddyStore, now: () => Date, transport?: Transport): Mailer {
  return {
    async send(message) {
      let delivery: OutboxMessage["delivery"] = "outbox";
      if (transport) {
        try {
          await transport(message);
          delivery = "sent";
        } catch {
          delivery = "failed";
          console.error("A buddy-up notification could not be sent; it is kept in the outbox.");
        }
      }
      return store.addToOutbox(
        {
          at: now().toISOString(),
          to: message.to,
          subject: message.subject,
          text: message.text,
          delivery,
          ...(message.requestId ? { requestId: message.requestId } : {}),
        },
        now(),
      );
    },
  };
}

/**
 * Postmark's email API as a transport, when POSTMARK_SERVER_TOKEN and MAIL_FROM are set. Messages to
 * "coordinators" go to COORDINATOR_EMAIL; phone numbers are left to the coordinator (outbox only).
 */
export function postmarkTransport(
  env: { get(name: string): string | undefined },
  fetchImpl: typeof fetch = fetch,
): Transport | undefined {
  const token = env.get("POSTMARK_SERVER_TOKEN");
  const from = env.get("MAIL_FROM");
  if (!token || !from) return undefined;
  const coordinators = env.get("COORDINATOR_EMAIL");
  return async (message) => {
    const to = message.to === "coordinators" ? coordinators : message.to;
    if (!to || !to.includes("@")) throw new Error("No email address for this message.");
    const response = await fetchImpl("https://api.postmarkapp.com/email", {
      method: "POST",
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        "x-postmark-server-token": token,
      },
      body: JSON.stringify({ From: from, To: to, Subject: message.subject, TextBody: message.text }),
    });
    if (!response.ok) throw new Error(`The mail service answered ${response.status}.`);
  };
}
