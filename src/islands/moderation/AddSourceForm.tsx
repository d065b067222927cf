/**
 * Adding a source from the moderation console: the same fields as a file in content/sources/, checked by
 * the API, which names each field it could not accept. A group's request for its calendar to be added uses
 * the same form, started from what the group sent and posted to the request's own action.
 */
import { useState, type FormEvent, type ReactNode } from "react";
import { Choice, Field } from "../../forms/kit";
import type { FormOptions } from "../../forms/SubmissionFields";
import { LICENCES, LICENCE_IDS, type LicenceId } from "../../lib/domain/licence";
import { AUDIENCE_LABELS, CATEGORY_LABELS } from "../../lib/domain/vocab";
import type { ApiCall } from "../console/session";

type Strategy = "feed" | "default-place" | "online";
const STRATEGIES: Record<Strategy, string> = {
  feed: "Where the feed says, matched to a listed place (or the place below when it says nothing)",
  "default-place": "Always at the place below",
  online: "Online",
};

/** What the form holds; a request's form starts from part of it. */
export interface Draft {
  name: string;
  url: string;
  group: string;
  place: string;
  location: Strategy;
  categories: string[];
  audiences: string[];
  free: "yes" | "no";
  price: string;
  /** The licence its listings may be shared under in the open data, or "" when the source has not said. */
  licence: LicenceId | "";
  attribution: string;
  trusted: boolean;
}

const EMPTY: Draft = {
  name: "",
  url: "",
  group: "",
  place: "",
  location: "feed",
  categories: [],
  audiences: ["everyone"],
  free: "yes",
  price: "",
  licence: "",
  attribution: "",
  trusted: false,
};

function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((each) => each !== value) : [...list, value];
}

const INTRO = (
  <>
    <h3>Add a source</h3>
    <p>
      A group's calendar address (from Google, Outlook or Apple: the public or "iCal" address), a page with event data,
      or a services API. It is read from the next hourly import, or when you fetch it now.
    </p>
  </>
);

export function AddSourceForm({
  api,
  options,
  onAdded,
  initial = {},
  path = "sources",
  idPrefix = "source",
  intro = INTRO,
  submitLabel = "Add this source",
  onCancel,
}: {
  api: ApiCall;
  options: FormOptions;
  onAdded: (name: string) => void;
  /** What the form starts with, besides the defaults. */
  initial?: Partial<Draft>;
  /** Where the source is posted, under the console's API. */
  path?: string;
  /** Starts every control's id, so that two forms can be on one page. */
  idPrefix?: string;
  /** The heading and words above the fields. */
  intro?: ReactNode;
  submitLabel?: string;
  /** When given, a Cancel button beside the submit button calls it. */
  onCancel?: () => void;
}) {
  const p = idPrefix;
  const [draft, setDraft] = useState<Draft>({ ...EMPTY, ...initial });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const body = {
      name: draft.name,
      url: draft.url,
      ...(draft.group ? { group: draft.group } : {}),
      ...(draft.place ? { place: draft.place } : {}),
      location: draft.location,
      categories: draft.categories,
      audiences: draft.audiences,
      free: draft.free === "yes",
      ...(draft.free === "no" && draft.price ? { price: draft.price } : {}),
      ...(draft.licence ? { licence: draft.licence } : {}),
      ...(draft.licence && draft.attribution ? { attribution: draft.attribution } : {}),
      trusted: draft.trusted,
    };
    const result = await api(path, { method: "POST", body: JSON.stringify(body) });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.body.fields ?? {});
      setProblem(result.body.error ?? "The source could not be added.");
      return;
    }
    setErrors({});
    setProblem(undefined);
    setDraft(EMPTY);
    onAdded(draft.name);
  };

  return (
    <form className="add-source" onSubmit={(event) => void submit(event)} noValidate>
      {intro}
      {problem && (
        <div className="notice notice--alert" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <Field
        name={`${p}-name`}
        label="Name, as residents will see it"
        hint="For example: Tunstall Library's own calendar"
        error={errors["name"]}
      >
        {(described) => (
          <input
            id={`${p}-name`}
            type="text"
            value={draft.name}
            aria-describedby={described}
            onChange={(e) => set({ name: e.target.value })}
          />
        )}
      </Field>
      <Field name={`${p}-url`} label="Address" hint="Starts https:// or webcal://" error={errors["url"]}>
        {(described) => (
          <input
            id={`${p}-url`}
            type="url"
            value={draft.url}
            aria-describedby={described}
            onChange={(e) => set({ url: e.target.value })}
          />
        )}
      </Field>
      <Field name={`${p}-group`} label="Whose listings these are" error={errors["group"]}>
        {(described) => (
          <select
            id={`${p}-group`}
            value={draft.group}
            aria-describedby={described}
            onChange={(e) => set({ group: e.target.value })}
          >
            <option value="">Choose a group</option>
            {options.groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name={`${p}-place`} label="Their usual place (optional)" error={errors["place"]}>
        {(described) => (
          <select
            id={`${p}-place`}
            value={draft.place}
            aria-describedby={described}
            onChange={(e) => set({ place: e.target.value })}
          >
            <option value="">None</option>
            {options.places.map((place) => (
              <option key={place.id} value={place.id}>
                {place.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name={`${p}-location-feed`} label="Where the events are" group error={errors["location"]}>
        {(Object.keys(STRATEGIES) as Strategy[]).map((value) => (
          <Choice
            key={value}
            id={`${p}-location-${value}`}
            name={`${p}-location`}
            type="radio"
            value={value}
            checked={draft.location === value}
            onChange={() => set({ location: value })}
          >
            {STRATEGIES[value]}
          </Choice>
        ))}
      </Field>
      <Field name={`${p}-category-first`} label="Categories for all its listings" group error={errors["categories"]}>
        {Object.entries(CATEGORY_LABELS).map(([value, label], index) => (
          <Choice
            key={value}
            id={index === 0 ? `${p}-category-first` : `${p}-category-${value}`}
            name={`${p}-category`}
            type="checkbox"
            value={value}
            checked={draft.categories.includes(value)}
            onChange={() => set({ categories: toggle(draft.categories, value) })}
          >
            {label}
          </Choice>
        ))}
      </Field>
      <Field name={`${p}-audience-first`} label="Who they are for" group error={errors["audiences"]}>
        {Object.entries(AUDIENCE_LABELS).map(([value, label], index) => (
          <Choice
            key={value}
            id={index === 0 ? `${p}-audience-first` : `${p}-audience-${value}`}
            name={`${p}-audience`}
            type="checkbox"
            value={value}
            checked={draft.audiences.includes(value)}
            onChange={() => set({ audiences: toggle(draft.audiences, value) })}
          >
            {label}
          </Choice>
        ))}
      </Field>
      <Field name={`${p}-free-yes`} label="Are its events free?" group error={errors["free"]}>
        <Choice
          id={`${p}-free-yes`}
          name={`${p}-free`}
          type="radio"
          value="yes"
          checked={draft.free === "yes"}
          onChange={() => set({ free: "yes" })}
        >
          Yes
        </Choice>
        <Choice
          id={`${p}-free-no`}
          name={`${p}-free`}
          type="radio"
          value="no"
          checked={draft.free === "no"}
          onChange={() => set({ free: "no" })}
        >
          No, or not always
        </Choice>
      </Field>
      {draft.free === "no" && (
        <Field
          name={`${p}-price`}
          label="What they cost, in words"
          hint="For example: Prices on the organiser's page"
          error={errors["price"]}
        >
          {(described) => (
            <input
              id={`${p}-price`}
              type="text"
              value={draft.price}
              aria-describedby={described}
              onChange={(e) => set({ price: e.target.value })}
            />
          )}
        </Field>
      )}
      <Field
        name={`${p}-licence`}
        label="Sharing in the open data"
        hint="Only as the source publishes them, or as the group has said. Not shared: listed here, left out of the open data."
        error={errors["licence"]}
      >
        {(described) => (
          <select
            id={`${p}-licence`}
            value={draft.licence}
            aria-describedby={described}
            onChange={(e) => set({ licence: e.target.value as LicenceId | "" })}
          >
            <option value="">Not shared: the source has not said they may be</option>
            {LICENCE_IDS.map((id) => (
              <option key={id} value={id}>
                {LICENCES[id].name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {draft.licence && (
        <Field
          name={`${p}-attribution`}
          label="Credit, as the source asks (optional)"
          hint="For example: Contains data from Staffordshire Connects"
          error={errors["attribution"]}
        >
          {(described) => (
            <input
              id={`${p}-attribution`}
              type="text"
              value={draft.attribution}
              aria-describedby={described}
              onChange={(e) => set({ attribution: e.target.value })}
            />
          )}
        </Field>
      )}
      <Field name={`${p}-trusted`} label="Publishing" group error={errors["trusted"]}>
        <Choice
          id={`${p}-trusted`}
          name={`${p}-trusted`}
          type="checkbox"
          value="yes"
          checked={draft.trusted}
          onChange={() => set({ trusted: !draft.trusted })}
        >
          Publish its events directly (a source the moderators trust)
        </Choice>
      </Field>
      <p className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? "Adding…" : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  );
}
