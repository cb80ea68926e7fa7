// The page's furniture, judged with its neighbours once every line has the line rules' verdict: lists under a
// header, replies, cards, captions, running headers, footnotes, attachments, other documents. The order matters
// where one rule reads another's marks (a table of contents after the reprinted page heads; running headers after
// the cards and reports that sit at a page's breaks).
import { markRepeatedPaywalls } from "./noise-breaks";
import { markAdCards } from "./noise-ad-cards";
import { markAnswerCards } from "./noise-answer-cards";
import { markOtherAnswers } from "./noise-qa-answers";
import { markTextMarkers } from "./noise-text-markers";
import { markDownloadLists } from "./noise-file-names";
import { markAttachments, markAuthorBio, markLabelledLists, markOtherDocuments } from "./noise-appendix";
import { markChatHeaders } from "./noise-chat-export";
import { markDatedLinks } from "./noise-dated-links";
import { markFloorComments, markTagLists } from "./noise-floors-and-tags";
import { markFootnotes, markPageFootNotes } from "./noise-footnotes";
import { markTextTables } from "./noise-text-tables";
import { markKeyPoints } from "./noise-key-points";
import { markInterleavedLines } from "./noise-interleaved-lines";
import { markVideoCards } from "./noise-video-cards";
import { markSiteBanners, markSiteNotices } from "./noise-site-notices";
import { markFollowCards } from "./noise-follow-cards";
import { markBriefingItems, markNewsReports, markReportsAfterSpeech } from "./noise-news-report";
import { markCommentCards, markPostAuthorCards, markStampedComments, markTriangleCaptions } from "./noise-page-cards";
import { markDistributionLists, markPageJumps, markReprintedPageHeads, markWindowTitle } from "./noise-page-ends";
import { markForumReplies } from "./noise-forum-replies";
import { markEmailHeaders, markMailSignature } from "./noise-mail-signature";
import { markPullQuotes } from "./noise-pull-quotes";
import { markSpeechLeads } from "./noise-speech-leads";
import { markPressQuestions } from "./noise-press-questions";
import { markRelatedLists, markSummaryBlocks } from "./noise-page-furniture";
import { markBioCards } from "./noise-bio-cards";
import { markPostSignatures, markSignaturesOverButtons, markSignaturesUnderButtons } from "./noise-post-signatures";
import { markRunningHeaders } from "./noise-running-headers";
import { markPageBreakHeads } from "./noise-page-break-heads";
import { markSideMenus } from "./noise-side-menus";
import { markTableOfContents } from "./noise-toc";
import { markWorkDocuments } from "./noise-work-documents";
import { markBbsPosts } from "./noise-bbs-posts";
import { markAiTools } from "./noise-ai-tools";
import { markGalleryCaptions } from "./noise-gallery-captions";

/** Marks the page furniture in `verdict` (null: kept), rule after rule. */
export function markPageFurniture(texts: string[], verdict: (string | null)[]): void {
  // Before the table of contents: a headline printed on every page is not an entry listed there.
  markRepeatedPaywalls(texts, verdict);
  markTextMarkers(texts, verdict);
  markDownloadLists(texts, verdict);
  markReprintedPageHeads(texts, verdict);
  markWindowTitle(texts, verdict);
  markSideMenus(texts, verdict);
  markTableOfContents(texts, verdict);
  markPressQuestions(texts, verdict);
  markRelatedLists(texts, verdict);
  markDatedLinks(texts, verdict);
  markBbsPosts(texts, verdict);
  markForumReplies(texts, verdict);
  markStampedComments(texts, verdict);
  markAnswerCards(texts, verdict);
  markOtherAnswers(texts, verdict);
  markPostAuthorCards(texts, verdict);
  markPostSignatures(texts, verdict);
  markSignaturesOverButtons(texts, verdict);
  markSignaturesUnderButtons(texts, verdict);
  markAdCards(texts, verdict);
  markBioCards(texts, verdict);
  markCommentCards(texts, verdict);
  markGalleryCaptions(texts, verdict);
  markTriangleCaptions(texts, verdict);
  markAiTools(texts, verdict);
  markSummaryBlocks(texts, verdict);
  markNewsReports(texts, verdict);
  markSpeechLeads(texts, verdict);
  markReportsAfterSpeech(texts, verdict);
  markBriefingItems(texts, verdict);
  markRunningHeaders(texts, verdict);
  markPageBreakHeads(texts, verdict);
  markFootnotes(texts, verdict);
  markPageFootNotes(texts, verdict);
  markTextTables(texts, verdict);
  markKeyPoints(texts, verdict);
  markAttachments(texts, verdict);
  markAuthorBio(texts, verdict);
  markLabelledLists(texts, verdict);
  markOtherDocuments(texts, verdict);
  markEmailHeaders(texts, verdict);
  markMailSignature(texts, verdict);
  markPullQuotes(texts, verdict);
  markChatHeaders(texts, verdict);
  markWorkDocuments(texts, verdict);
  markDistributionLists(texts, verdict);
  markFloorComments(texts, verdict);
  markTagLists(texts, verdict);
  markPageJumps(texts, verdict);
  markInterleavedLines(texts, verdict);
  markVideoCards(texts, verdict);
  markSiteNotices(texts, verdict);
  markSiteBanners(texts, verdict);
  markFollowCards(texts, verdict);
}
