// Run as a child process by tests that kill a worker mid-file: works one queued import file in small batches.
// Usage: DATABASE_URL=… tsx tests/support/process-import-file-child.ts FILE_ID BATCH_SIZE
import { processImportFile } from "../../lib/imports/process-import-file";

const [fileId, batchSize] = process.argv.slice(2);
await processImportFile(fileId!, { batchSize: Number(batchSize) });
process.exit(0);
