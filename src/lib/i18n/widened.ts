/** A label map's type with its labels widened to any string, so another language may fill the same keys. */
export type Widened<T extends Record<string, string>> = { readonly [K in keyof T]: string };
