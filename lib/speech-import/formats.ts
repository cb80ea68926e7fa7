// What the speech import accepts, shared by the use case, the route and the upload dialog (free of server code, so
// the browser bundle can import it).

/** File name endings the import reads: a Word document or plain text in any Chinese encoding. */
export const IMPORT_EXTENSIONS = [".docx", ".txt"] as const;

/** The file input's accept attribute: the endings and their MIME types. */
export const IMPORT_ACCEPT =
  ".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const isImportableName = (name: string): boolean =>
  IMPORT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** The multipart field names of POST /api/speeches/import. */
export const IMPORT_FIELDS = {
  file: "file",
  meetingId: "meetingId",
  alsoCorpus: "alsoCorpus",
  order: "order",
} as const;
