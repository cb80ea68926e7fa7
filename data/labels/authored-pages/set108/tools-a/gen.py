#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt, gold/NN.json and README.md for set 108a from tools/pageNN.py (one source each)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import pagekit  # noqa: E402
import page01, page02, page03, page04, page05  # noqa: E402,E401

PAGES = [("01", page01), ("02", page02), ("03", page03), ("04", page04), ("05", page05)]


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    rows, outl, left = [], [], []
    for nn, mod in PAGES:
        gold, free = pagekit.write(ROOT, nn, mod.items(), mod.ENC, mod.ENDS)
        rows.append("| %s.txt | %s | %s / %s | %d | %s |" % (
            nn, mod.KIND, mod.ENC, mod.ENDS, gold["speeches"], "; ".join(mod.TRAPS)))
        outl.append("- **%s** — %s" % (nn, mod.OUTLINE))
        left.append("- **%s** — %s" % (nn, " · ".join(free) if free else "none"))
    readme = "\n".join([
        "# Set 108a — notes and clipping tools",
        "",
        "Everything here is invented: people, places, companies, sites, domains, phone numbers, figures and every sentence.",
        "Pages and gold are written from one source by `python3 tools/gen.py` (tools/pageNN.py + tools/pagekit.py);",
        "`python3 tools/validate.py` checks them.",
        "",
        "| file | kind of source | encoding / line ends | speeches | traps built in |",
        "|---|---|---|---|---|",
    ] + rows + [
        "",
        "## Outline style per page",
        "",
    ] + outl + [
        "",
        "## Unlabelled lines left on each page",
        "",
        "Besides blank lines and lines of pure markup (`---`, `——`, `==`, `>`, `#`, `**`), these lines carry no label",
        "(salutation, speaker, date, signature or a marker under 4 characters):",
        "",
    ] + left + [
        "",
        "## Labelling notes",
        "",
        "- 01: highlights wrap whole paragraphs (`==…==`); the `==` marks are markup, not text, so the gold paragraph",
        "  is the text between them. The `**…**` around the body title is likewise markup.",
        "- 02: Markdown `##` / `###` markers and the `>` of the quoted 省住建厅 paragraph are markup; the quoted",
        "  paragraph is speech text (思想认识). `### 1.` directly under `## 一、` is level 2.",
        "- 03: paragraphs that open with 首先， / 其次， / 关于应急值守。 / 再说责任落实。 are running text, not headings.",
        "- 04: the pasted notice's 一、二、三、 items are chrome (noise), not outline headings. The OneNote date",
        "  header 2024年5月31日 and the notice's date 2024年5月29日 are left as date lines.",
        "- 05: run-in （一）…。text lines give a level-2 heading (without 。) and a paragraph. The 表态发言's",
        "  salutation 尊敬的蒋县长、各位领导、同志们： is left as a salutation.",
        "- Borderline categories: 04 双重预防机制/风险辨识 paragraph → 基层基础 (mechanism building, not a hazard sweep);",
        "  02 智慧工地/APP paragraph → 基层基础; 05 speech 2 水库/道路 paragraph → 隐患排查 (整治 and 巡查 of named hazards).",
        "",
    ])
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme)


if __name__ == "__main__":
    main()
