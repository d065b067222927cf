/** The scenario-named fixtures of the public forms, shared by the schema, function and browser tests. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** One fixture: the form's values and, for an invalid one, the message expected beside each field. */
export interface SubmissionFixture {
  name: string;
  description: string;
  values: Record<string, string | string[]>;
  errors?: Record<string, string>;
}

/** Every fixture in tests/fixtures/submissions/valid or invalid, by file name. */
export function loadSubmissionFixtures(kind: "valid" | "invalid"): SubmissionFixture[] {
  return loadFormFixtures("submissions", kind);
}

/** Every fixture of one public form in tests/fixtures/<form>/valid or invalid, by file name. */
export function loadFormFixtures(
  form: "submissions" | "source-requests",
  kind: "valid" | "invalid",
): SubmissionFixture[] {
  const folder = join(import.meta.dirname, "..", "fixtures", form);
  return readdirSync(join(folder, kind))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({
      name: name.replace(/\.json$/, ""),
      ...(JSON.parse(readFileSync(join(folder, kind, name), "utf8")) as Omit<SubmissionFixture, "name">),
    }));
}

/** A fixture's values as a urlencoded form body, as a browser without JavaScript posts it. */
export function toFormBody(values: Record<string, string | string[]>, extra: Record<string, string> = {}): string {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  for (const [name, value] of Object.entries(extra)) body.set(name, value);
  return body.toString();
}
