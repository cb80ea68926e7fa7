// A source document's name on screen (lib/corpus/document-display-name.ts): the readable name, and the stored file
// name beneath it (and as a tooltip) when the two differ.
import type { DocumentName as Name } from "@/lib/corpus/document-display-name";

export function DocumentName({ name, inline = false }: { name: Name; inline?: boolean }) {
  if (!name.fromTitle) return <span>{name.fileName}</span>;
  return (
    <span title={name.fileName}>
      <span data-testid="document-name">{name.name}</span>
      <span className={`text-xs font-normal text-stone-500 ${inline ? "ml-1" : "block"}`}>{name.fileName}</span>
    </span>
  );
}
