/** Where map tiles come from. PUBLIC_TILE_URL points the maps at another tile server (its host must be in img-src). */
export const TILE_URL: string = import.meta.env.PUBLIC_TILE_URL || "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/** The attribution the tile server asks for. */
export const TILE_ATTRIBUTION: string =
  import.meta.env.PUBLIC_TILE_ATTRIBUTION ||
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
