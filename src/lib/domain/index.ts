/** The domain model: one schema per entity, types derived from them, and the controlled lists. */
export * from "./vocab";
export * from "./common";
export * from "./area";
export * from "./place";
export * from "./group";
export * from "./service";
export * from "./event";
export * from "./source";
