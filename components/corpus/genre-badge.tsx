/** A speech's genre (体裁: 讲话, 主持词, 表态发言…) beside its title. */
export function GenreBadge({ genre }: { genre: string }) {
  return (
    <span
      className="ml-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs font-normal text-stone-700"
      data-testid="speech-genre"
    >
      {genre}
    </span>
  );
}
