/**
 * The Open Referral UK schemas kept in src/lib/open-data/oruk-schema/, compiled with Ajv (and ajv-formats for
 * `uuid`, `uri`, `email` and `date-time`), to check what the API gives. A service is checked against both the UK
 * profile of HSDS 3.0 and HSDS 3.0 itself; the root and the page against the UK profile's OpenAPI document.
 */
import { readFileSync, readdirSync } from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

const FOLDER = new URL("../../src/lib/open-data/oruk-schema/", import.meta.url);

// HSDS's schema files describe their tabular form too, in keywords that are not JSON Schema's. They are read as
// annotations; any other keyword Ajv does not know still stops the compile (strict mode).
const HSDS_ANNOTATIONS = [
  "name",
  "path",
  "datapackage_metadata",
  "datapackage_type",
  "constraints",
  "example",
  "core",
  "tabular_required",
];

type Json = Record<string, unknown>;

function readJson(path: string): Json {
  return JSON.parse(readFileSync(new URL(path, FOLDER), "utf8")) as Json;
}

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(HSDS_ANNOTATIONS);
  return ajv;
}

/** Each file of HSDS 3.0, added under its file name so that `"$ref": "phone.json"` finds it. */
const hsds = newAjv();
for (const file of readdirSync(new URL("hsds-3.0/", FOLDER))) {
  if (file.endsWith(".json") && file !== "openapi.json") hsds.addSchema(readJson(`hsds-3.0/${file}`), file);
}
const uk = newAjv();

function compiled(ajv: Ajv, key: string): ValidateFunction {
  const validate = ajv.getSchema(key);
  if (!validate) throw new Error(`No schema ${key} is kept in src/lib/open-data/oruk-schema/.`);
  return validate;
}

const openapi = readJson("uk-profile-3.0/openapi.json") as {
  paths: Record<string, { get: { responses: { 200: { content: { "application/json": { schema: Json } } } } } }>;
  components: { schemas: { Page: Json } };
};
const hsdsService = compiled(hsds, "service.json");
const ukService = uk.compile(readJson("uk-profile-3.0/compiled/service.json"));
const ukListItem = uk.compile(readJson("uk-profile-3.0/compiled/service_list.json"));
const ukRoot = uk.compile(openapi.paths["/"]!.get.responses[200].content["application/json"].schema);
const ukPage = uk.compile({
  ...openapi.components.schemas.Page,
  required: Object.keys(openapi.components.schemas.Page["properties"] as Json),
});
const hsdsTaxonomyTerm = compiled(hsds, "taxonomy_term.json");
const hsdsTaxonomy = compiled(hsds, "taxonomy.json");

function problems(label: string, validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (error: ErrorObject) => `${label}: ${error.instancePath || "/"} ${error.message ?? "is not valid"}`,
  );
}

/** What is wrong with the API's root, by its schema; none when it is valid. */
export function checkOrukRoot(value: unknown): string[] {
  return problems("root", ukRoot, value);
}

/** What is wrong with a full service (/services/{id}), by the UK profile and HSDS 3.0; none when it is valid. */
export function checkOrukService(value: unknown): string[] {
  return [...problems("UK profile service", ukService, value), ...problems("HSDS 3.0 service", hsdsService, value)];
}

/** What is wrong with a page of /services and each service on it; none when all is valid. */
export function checkOrukPage(value: unknown, options: { full: boolean } = { full: true }): string[] {
  const found = problems("page", ukPage, value);
  const contents = (value as { contents?: unknown }).contents;
  if (!Array.isArray(contents)) return [...found, "page: /contents is not a list"];
  contents.forEach((item, index) => {
    found.push(...problems(`UK profile list item ${index}`, ukListItem, item));
    found.push(...problems(`HSDS 3.0 list item ${index}`, hsdsService, item));
    if (options.full) found.push(...checkOrukService(item));
  });
  return found;
}

/** What is wrong with a page of taxonomies or of taxonomy terms; none when it is valid. */
export function checkTaxonomyPage(value: unknown, kind: "taxonomy" | "taxonomy_term"): string[] {
  const found = problems("page", ukPage, value);
  const contents = (value as { contents?: unknown }).contents;
  if (!Array.isArray(contents)) return [...found, "page: /contents is not a list"];
  const validate = kind === "taxonomy" ? hsdsTaxonomy : hsdsTaxonomyTerm;
  contents.forEach((item, index) => found.push(...problems(`${kind} ${index}`, validate, item)));
  return found;
}
