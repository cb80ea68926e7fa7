// Document defaults, theme fonts and named paragraph styles of the exported speech. The defaults and the theme
// name the layout's fonts, so nothing falls back to Calibri or 等线 (WPS asks for missing fonts otherwise), and
// the default size is the body's 16 pt.
import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions, type IThemeOptions } from "docx";
import { runProps } from "./docx-runs";
import { INDENTED, LINE, STYLE_IDS, style } from "./docx-paragraphs";
import { SIZE_PT } from "./layout";
import { FONT_NAMES, LATIN_FONT, titleIsBold, type ExportOptions } from "./options";

export function documentStyles(options: ExportOptions): IStylesOptions {
  const named = (
    id: string,
    name: string,
    paragraph: IParagraphStyleOptions["paragraph"],
    run: ReturnType<typeof style>,
  ): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: "Normal",
    quickFormat: true,
    paragraph: { spacing: LINE, ...paragraph },
    run: runProps(run, false),
  });
  const o = options;
  const titleRun = style("title", o, SIZE_PT.title, titleIsBold(o.fontSet));
  const INDENTED_P = { alignment: AlignmentType.JUSTIFIED, indent: INDENTED, spacing: LINE } as const;
  return {
    default: {
      document: {
        run: runProps(style("body", o), true),
        paragraph: { spacing: LINE },
      },
      // Word's own 标题 and 标题 1–6 come with blue text and Calibri sizes; restyled here in the layout's terms. The
      // speech's headings use 标题 1–3 (STYLE_IDS), and a heading a clerk later marks with 4–6 still looks right.
      title: { paragraph: { alignment: AlignmentType.CENTER }, run: runProps(titleRun, false) },
      heading1: { paragraph: INDENTED_P, run: runProps(style("heading1", o), false) },
      heading2: { paragraph: INDENTED_P, run: runProps(style("heading2", o), false) },
      heading3: { paragraph: INDENTED_P, run: runProps(style("heading3", o, SIZE_PT.body, true), false) },
      heading4: { paragraph: INDENTED_P, run: runProps(style("body", o), false) },
      heading5: { paragraph: INDENTED_P, run: runProps(style("body", o), false) },
      heading6: { paragraph: INDENTED_P, run: runProps(style("body", o), false) },
    },
    paragraphStyles: [
      named(
        STYLE_IDS.title,
        "讲话稿标题",
        { alignment: AlignmentType.CENTER },
        style("title", o, SIZE_PT.title, titleIsBold(o.fontSet)),
      ),
      named(STYLE_IDS.byline, "讲话人及日期", { alignment: AlignmentType.CENTER }, style("byline", o)),
      named(STYLE_IDS.salutation, "称呼", { alignment: AlignmentType.JUSTIFIED }, style("body", o)),
      named(STYLE_IDS.body, "讲话稿正文", { alignment: AlignmentType.JUSTIFIED, indent: INDENTED }, style("body", o)),
      named(STYLE_IDS.mark, "稿件标识", { alignment: AlignmentType.LEFT }, style("mark", o)),
      // Word's 题注 style is grey; replaced, as the other built-in styles are above.
      { id: "Caption", name: "caption", basedOn: "Normal", run: runProps(style("body", o), false) },
    ],
    // A speech holds no links, but the built-in style is blue; printed text is black throughout.
    characterStyles: [{ id: "Hyperlink", name: "Hyperlink", run: { color: "000000", underline: {} } }],
  };
}

/** The theme's heading and body fonts: Times New Roman for Latin, the layout's Chinese fonts for East Asian text. */
export function documentTheme(options: ExportOptions): IThemeOptions {
  const names = FONT_NAMES[options.fontSet];
  return {
    fonts: {
      headings: { latin: LATIN_FONT, eastAsia: names.heading1, scripts: { Hans: names.heading1 } },
      body: { latin: LATIN_FONT, eastAsia: names.body, scripts: { Hans: names.body } },
    },
  };
}
