// Outlines a new speech can start from (新建 → 从提纲开始). Headings only, by level; numbers are computed.
import type { HeadingLevel } from "../speech-doc/types";

export type OutlineHeading = { level: HeadingLevel; text: string };
export type OutlineTemplate = { key: string; label: string; description: string; headings: OutlineHeading[] };

const h1 = (text: string): OutlineHeading => ({ level: 1, text });
const h2 = (text: string): OutlineHeading => ({ level: 2, text });

export const OUTLINE_TEMPLATES = [
  {
    key: "three-points",
    label: "三点意见",
    description: "形势 — 任务 — 责任，最常用的讲话结构",
    headings: [h1("充分认清当前安全生产形势"), h1("全力抓好隐患排查整治"), h1("切实压紧压实安全生产责任")],
  },
  {
    key: "safety-committee",
    label: "安委会全体会议",
    description: "总结形势、部署重点工作、压实各方责任，每部分下设若干小点",
    headings: [
      h1("正视问题，清醒认识当前安全生产面临的严峻形势"),
      h1("突出重点，全力抓好安全生产各项工作"),
      h2("深入推进安全生产治本攻坚"),
      h2("扎实开展重点行业领域专项整治"),
      h2("全面加强应急管理和救援能力建设"),
      h1("强化担当，切实压紧压实安全生产责任"),
      h2("压实党委政府领导责任"),
      h2("压实部门监管责任"),
      h2("压实企业主体责任"),
    ],
  },
  {
    key: "special-campaign",
    label: "专项整治部署会",
    description: "统一思想、聚焦重点、加强领导，部署一项专项整治",
    headings: [
      h1("统一思想，充分认识开展专项整治的重要性和紧迫性"),
      h1("聚焦重点，确保专项整治取得实效"),
      h2("明确整治范围"),
      h2("突出整治重点"),
      h2("严格执法检查"),
      h1("加强领导，确保专项整治各项措施落到实处"),
      h2("加强组织领导"),
      h2("强化督导检查"),
      h2("严格责任追究"),
    ],
  },
] as const satisfies readonly OutlineTemplate[];

export type OutlineTemplateKey = (typeof OUTLINE_TEMPLATES)[number]["key"];
export const OUTLINE_TEMPLATE_KEYS = OUTLINE_TEMPLATES.map((t) => t.key) as [
  OutlineTemplateKey,
  ...OutlineTemplateKey[],
];
