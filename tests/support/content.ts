/** The whole of content/, read from disk and parsed with the domain schemas, for tests. */
import { readContentFiles } from "../../netlify/lib/content-files";

const read = readContentFiles(process.cwd());

/** Problems found while loading: one line per invalid field, naming the file. */
export const loadProblems: string[] = read.problems;

/** Every listing in content/, parsed. */
export const content = read.content;
