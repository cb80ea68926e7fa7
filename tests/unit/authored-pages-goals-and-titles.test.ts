// The miner on pages written in the styles of sites it had not met (scripts/authored-pages.ts), all sets together:
// the issue-11 goals for paragraphs, headings and categories, and the speeches' titles. (Noise, speech counts and kept
// text, set by set: authored-pages.test.ts.)
import { beforeAll, describe, expect, it } from "vitest";
import { scorePages, titlesFound, type PageResult } from "@/scripts/authored-pages";
import { MINING_TIMEOUT, mineAuthoredSets, SCORING_TIMEOUT } from "../support/mined-authored-sets";

const pages: PageResult[] = [];
beforeAll(async () => {
  for (const mined of (await mineAuthoredSets()).values()) pages.push(...mined);
}, MINING_TIMEOUT);

describe("the miner's structure and titles on the authored pages of unseen site styles", () => {
  it(
    "meets the issue's goals for paragraphs, headings and categories",
    () => {
      const s = scorePages(pages);
      expect(s.paragraphs).toBeGreaterThanOrEqual(300);
      expect(s.segmented).toBeGreaterThanOrEqual(0.92);
      expect(s.heading_f1).toBeGreaterThanOrEqual(0.85);
      expect(s.category_acc).toBeGreaterThanOrEqual(0.8);
      expect(s.core_acc).toBeGreaterThanOrEqual(0.85);
    },
    SCORING_TIMEOUT,
  );

  it(
    "gives the speeches their own titles (an interview, not a speech, still has none; one keeps a fuller title)",
    () => {
      const missed = pages.filter((p) => titlesFound(p.gold.titles ?? [], p.titles) < (p.gold.titles?.length ?? 0));
      // set11/03: the file name's fuller title (市长在…讲话) is kept over the bare one, as the miner decides. set17/03:
      // a school's slogan headline (防火又防险　平安伴我行) over a 国旗下讲话 reads as the page's, not the speech's.
      // set19/03: its writer kept the collection's ordinal (篇一：在全镇…表态发言), which the miner drops on purpose.
      // set22/09: its 实施方案, removed as the speech's attachment, keeps no title of its own. set40/02: a portal's
      // headline 县长×××在…上的讲话, kept whole as printed (as earlier sets' writers labelled it); its writer left the
      // speaker out, as did set41/05's for its 县委书记×××在…上的讲话 and set42/02's and 03's. Set 43's writers were
      // asked to leave the speaker out (区长周海涛在…, 王书记在…, 校长在…: kept whole); set43/10's answer prints no
      // title, and its writer made one up from the first sentence.
      expect(missed.map((p) => p.gold.file)).toEqual([
        // set107/02: a page on one line whose headline 副区长…在…讲话 is kept as the fuller title (as set66/06's below).
        "02.txt",
        "03_wenku_ranqi.txt",
        // set119/09: its writer kept the entities as &ldquo; (the miner reads them as “).
        "09.txt",
        // set120/08: a 表态发言 headed 乡镇党委书记在…表态发言, kept whole as the fuller title (as set40/02's).
        "08.txt",
        "03_school-flag-talk-fire-traffic.txt",
        "03_fanwen-biaotai-5pian-big5.txt",
        "09_township-gas-plan.html",
        "10_heat_interview_bilingual.txt",
        "02.html",
        "05.html",
        "02.txt",
        "03.txt",
        "01.html",
        "02.txt",
        "03.txt",
        "05.txt",
        "06.html",
        "07.txt",
        "08.txt",
        "10.txt",
        // set45/03: its paywalled 范文（三）'s title goes with the teaser (above).
        "03.txt",
        // set52/01: its two units' titles (above); 05: its writer took the 纪要's headline for the speech's title.
        "01.txt",
        "05.txt",
        // set54/02: a village's …“大喇叭”广播稿 (a line ending 广播稿 is as often a sentence's wrapped half).
        "02.txt",
        // set59/08: a transcript's recording headline (…部署会), which its writer took for the speech's title.
        "08.txt",
        // set66/06: a page on one line, whose site headline (镇长在…讲话) stands apart from the speech's own title by
        // nothing but spaces, and is kept as the fuller title (as set11/03's).
        "06.txt",
        // set86/06: the same (县委副书记在…讲话 run into the speech's own title by spaces).
        "06.txt",
      ]);
    },
    SCORING_TIMEOUT,
  );
});
