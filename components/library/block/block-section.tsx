// A titled section of the block page.
export function BlockSection({
  title,
  count,
  children,
  testId,
}: {
  title: string;
  count?: number;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <section
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      className="rounded-xl border border-stone-200 bg-white p-5"
    >
      <h2 id={`${testId}-title`} className="mb-3 text-base font-semibold">
        {title}
        {count !== undefined ? <span className="ml-2 text-sm font-normal text-stone-500">{count}</span> : null}
      </h2>
      {children}
    </section>
  );
}
