/** Every message the site has sent or kept, with who it is to, when, and whether it was delivered. */
import { DELIVERY_LABELS, when } from "./labels";
import { useCoordination } from "./state";

export function Outbox() {
  const { messages } = useCoordination();
  return (
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
}
