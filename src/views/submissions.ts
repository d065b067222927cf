/** View data for the submission form: the places and groups people can choose from. */
import type { FormOptions } from "../forms/SubmissionFields";
import { loadContent } from "./content";

/** Every listed place and group, by name, for the form's choices. */
export async function submissionFormOptions(): Promise<FormOptions> {
  const { places, groups } = await loadContent();
  return {
    places: places.map((place) => ({ id: place.id, name: place.data.name })),
    groups: groups.map((group) => ({ id: group.id, name: group.data.name })),
  };
}
