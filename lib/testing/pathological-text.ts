// Hostile and pathological inputs for the mining stages, shared by their unit tests (which check behaviour:
// no exception, the right output) and the mining benchmark (which times them).

/** Input that once made the noise rules backtrack: unclosed brackets and tags, endless site names. */
export function hostileNoiseText(): string {
  return [
    "[bookmark" + "x".repeat(50_000),
    "<".repeat(50_000),
    "{a:" + "b".repeat(50_000),
    "网".repeat(100_000),
    "老秘网".repeat(20_000),
    "...".repeat(10_000),
    "",
  ].join("\n");
}

/** Deeply nested brackets and a long run of spaces, for the normaliser. */
export const PATHOLOGICAL_NORMALISE = {
  nested: "(".repeat(100_000) + "安" + ")".repeat(100_000),
  spaces: "a" + " ".repeat(200_000) + "b",
};

const PARAGRAPH = "各乡镇要压实属地责任，深入开展隐患排查整治，确保全镇安全形势持续稳定。";

/** Whole documents the text pipeline must get through: huge lines, endless numbering, repeated salutations, and
 *  shapes that once took time growing with the square of their size. */
export function pathologicalDocuments(): string[] {
  return [
    PARAGRAPH.repeat(30_000), // one 1 MB line
    "一、".repeat(100_000),
    "一是加强领导。".repeat(20_000),
    Array.from({ length: 20_000 }, (_, i) => `${i % 9 === 0 ? "一" : "二"}、标题`).join("\n"),
    "(".repeat(50_000) + "安" + ")".repeat(50_000),
    "网".repeat(200_000),
    "。".repeat(200_000),
    "同志们：\n".repeat(20_000),
    // Once quadratic (a minute or more at a few hundred KB): a line of short words parted by spaces and no
    // sentence end, ten thousand pages' numbers under the same line, five thousand speeches.
    "同志们：\n" + "安全 生产 ".repeat(40_000),
    `${PARAGRAPH}\n第 1 页 共 9 页\n`.repeat(10_000),
    Array.from({ length: 5_000 }, (_, i) => `在全县第${i}次安全生产工作会议上的讲话\n同志们：\n${PARAGRAPH}`).join(
      "\n",
    ),
  ];
}
