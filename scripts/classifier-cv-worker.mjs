// Bootstrap of a cross-validation worker: Node 20 does not take `--import tsx` for a worker, so the TypeScript
// worker is loaded through tsx's API.
import { tsImport } from "tsx/esm/api";

await tsImport("./classifier-cv-worker.ts", import.meta.url);
