// The page's furniture, judged with its neighbours once every line has the line rules' verdict: lists under a
// header, replies, cards, captions, running headers, footnotes, attachments, other documents. The order matters
// where one rule reads another's marks (a table of contents after the reprinted page heads; running headers after
// the cards and reports that sit at a page's breaks).
import { markRepeatedPaywalls } from "./noise-breaks";
import { keepWrappedAddresses } from "./noise-wrapped-addresses";
import { markDashedLabels } from "./noise-keeper-notes";
import { markAdCards } from "./noise-ad-cards";
import { markAppCards } from "./noise-app-cards";
import { markAnswerCards } from "./noise-answer-cards";
import { markAnswersUnderHeader, markFollowUps, markOtherAnswers } from "./noise-qa-answers";
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
import { markLivePages } from "./noise-live-pages";
import { markVideoCards } from "./noise-video-cards";
import { markVideoPages } from "./noise-video-pages";
import { markTranscriptTools } from "./noise-transcript-tools";
import { keepQuotedAiNotices } from "./noise-ai-notices";
import { markChapterLists } from "./noise-chapter-lists";
import { markCatalogueTitles } from "./noise-catalogue-titles";
import { markSiteBanners, markSiteNotices } from "./noise-site-notices";
import { markSharerNotes } from "./noise-sharer-notes";
import { markFollowCards } from "./noise-follow-cards";
import { markFillerMaxims } from "./noise-filler-maxims";
import { markBriefingItems, markNewsReports, markReportsAfterSpeech } from "./noise-news-report";
import { markMinutesDecisions } from "./noise-minutes-decisions";
import { markCommentCards, markPostAuthorCards, markStampedComments, markTriangleCaptions } from "./noise-page-cards";
import { markDistributionLists, markPageJumps, markReprintedPageHeads, markWindowTitle } from "./noise-page-ends";
import { markForumReplies } from "./noise-forum-replies";
import { markForumFloors } from "./noise-forum-floors";
import { markPageHeads } from "./noise-page-heads";
import { markAppPlaceholders } from "./noise-app-placeholders";
import { markEmailHeaders, markMailSignature } from "./noise-mail-signature";
import { markEarlierMessage, markQuotedReply } from "./noise-mail-earlier";
import { markForwardSignatures } from "./noise-forward-signatures";
import { markPullQuotes } from "./noise-pull-quotes";
import { markSpeechLeads } from "./noise-speech-leads";
import { markPressQuestions } from "./noise-press-questions";
import { markProgrammeScript } from "./noise-programme-script";
import { markTurnLabels } from "./noise-turn-labels";
import { markRelatedLists, markSummaryBlocks } from "./noise-page-furniture";
import { markPolicyColumns } from "./noise-policy-columns";
import { markPickedComments } from "./noise-comments-headers";
import { markBioCards } from "./noise-bio-cards";
import {
  markPostSignatures,
  markRepeatedSignatures,
  markSignaturesOverButtons,
  markSignaturesUnderButtons,
} from "./noise-post-signatures";
import { markRunningHeaders } from "./noise-running-headers";
import { markGazetteHeaders } from "./noise-gazette-headers";
export { linesEndingInPageNumbers } from "./noise-running-headers";
import { markWatermarkBands } from "./noise-watermark-bands";
import { markMomentsPosts } from "./noise-moments-posts";
import { markPageBreakHeads } from "./noise-page-break-heads";
import { markSideMenus } from "./noise-side-menus";
import { markTableOfContents } from "./noise-toc";
import { markShortVersions } from "./noise-short-versions";
import { markSectionLabels } from "./noise-section-labels";
import { markExamMaterials, markExamSections } from "./noise-exam-pages";
import { markDocumentTails, markNoticeSignature, markPrintingNotes } from "./noise-document-tails";
import { markOnlineDocumentChrome } from "./noise-online-documents";
import { markMaterialLabels } from "./noise-material-labels";
import { markNamedComments } from "./noise-named-comments";
import { markDownloadStamps } from "./noise-download-stamps";
import { markWorkDocuments } from "./noise-work-documents";
import { markBbsPosts } from "./noise-bbs-posts";
import { markAiSummaryBoxes, markAiTools } from "./noise-ai-tools";
import { markAiWriter } from "./noise-ai-writer";
import { markGalleryCaptions } from "./noise-gallery-captions";
import { markDownloadBoxes, markPointerCalls } from "./noise-download-boxes";
import { markReadingBoxes } from "./noise-reading-boxes";
import { markTipBoxes } from "./noise-tip-boxes";
import { markSpeakerCaptions } from "./noise-speaker-captions";
import { markSoundCredits } from "./noise-social-posts";
import { markAccountPlugs, markPointsPrompts } from "./noise-platform-pages";
import { markDraftComments } from "./noise-draft-revisions";
import { markTopicBoxes } from "./noise-topic-boxes";
import { keepHostedAgendaItems } from "./noise-agenda-items";

/** Marks the page furniture in `verdict` (null: kept), rule after rule; `heads`: the lines a Markdown file marks as
 *  heads; `endingInPageNumbers`: the lines a printed page number was cut from the end of; `stampedRemarks`: the page
 *  sets a replay's timed 弹幕 among the speech's lines (pageMarks). */
export function markPageFurniture(
  texts: string[],
  verdict: (string | null)[],
  heads: ReadonlySet<number> = new Set(),
  endingInPageNumbers: ReadonlySet<number> = new Set(),
  stampedRemarks = false,
): void {
  // First: the rules below read a kept line as the text's.
  keepWrappedAddresses(texts, verdict);
  keepHostedAgendaItems(texts, verdict);
  // Before the table of contents: a headline printed on every page is not an entry listed there.
  markRepeatedPaywalls(texts, verdict);
  markTextMarkers(texts, verdict);
  markDownloadLists(texts, verdict);
  markDownloadBoxes(texts, verdict);
  markReprintedPageHeads(texts, verdict);
  markWindowTitle(texts, verdict);
  markCatalogueTitles(texts, verdict);
  markSideMenus(texts, verdict);
  markPageHeads(texts, verdict);
  markAppPlaceholders(texts, verdict);
  markOnlineDocumentChrome(texts, verdict);
  markNamedComments(texts, verdict);
  markDraftComments(texts, verdict);
  markMaterialLabels(texts, verdict);
  markDownloadStamps(texts, verdict);
  markShortVersions(texts, verdict);
  markTableOfContents(texts, verdict);
  markSectionLabels(texts, verdict);
  markExamSections(texts, verdict);
  markExamMaterials(texts, verdict);
  markPressQuestions(texts, verdict);
  markProgrammeScript(texts, verdict);
  markTurnLabels(texts, verdict);
  // Before the related lists: a 解读 column's label is a list's header only over its column's links.
  markPolicyColumns(texts, verdict);
  // Before the lists: a platform's comments header stands under its removed bars.
  markPointsPrompts(texts, verdict);
  markAccountPlugs(texts, verdict);
  markRelatedLists(texts, verdict);
  markTopicBoxes(texts, verdict);
  markPickedComments(texts, verdict);
  markDatedLinks(texts, verdict);
  markBbsPosts(texts, verdict);
  // Before the replies: a poster's motto repeated over his posts' buttons is none of a post's text.
  markRepeatedSignatures(texts, verdict);
  markForumReplies(texts, verdict);
  markForumFloors(texts, verdict);
  markStampedComments(texts, verdict);
  markAnswerCards(texts, verdict);
  markOtherAnswers(texts, verdict);
  markFollowUps(texts, verdict);
  markAnswersUnderHeader(texts, verdict);
  markPostAuthorCards(texts, verdict);
  markPostSignatures(texts, verdict);
  markSignaturesOverButtons(texts, verdict);
  markSignaturesUnderButtons(texts, verdict);
  markAdCards(texts, verdict);
  markAppCards(texts, verdict);
  markBioCards(texts, verdict);
  markCommentCards(texts, verdict);
  markMomentsPosts(texts, verdict);
  markGalleryCaptions(texts, verdict);
  markTriangleCaptions(texts, verdict, heads);
  // After the captions: one naming who spoke shows no picture to make the page's other ▲ lines captions.
  markSpeakerCaptions(texts, verdict);
  markAiTools(texts, verdict);
  markAiSummaryBoxes(texts, verdict);
  markAiWriter(texts, verdict);
  markSummaryBlocks(texts, verdict);
  markNewsReports(texts, verdict);
  markSpeechLeads(texts, verdict);
  markReportsAfterSpeech(texts, verdict);
  markBriefingItems(texts, verdict);
  markMinutesDecisions(texts, verdict);
  markRunningHeaders(texts, verdict, endingInPageNumbers);
  markGazetteHeaders(texts, verdict);
  markWatermarkBands(texts, verdict);
  markPageBreakHeads(texts, verdict);
  markFootnotes(texts, verdict);
  markPageFootNotes(texts, verdict);
  markTextTables(texts, verdict);
  markKeyPoints(texts, verdict);
  markReadingBoxes(texts, verdict);
  markTipBoxes(texts, verdict);
  markAttachments(texts, verdict);
  markAuthorBio(texts, verdict);
  markLabelledLists(texts, verdict);
  markOtherDocuments(texts, verdict);
  markDocumentTails(texts, verdict);
  markPrintingNotes(texts, verdict);
  markNoticeSignature(texts, verdict);
  markEmailHeaders(texts, verdict);
  markMailSignature(texts, verdict);
  markEarlierMessage(texts, verdict);
  markQuotedReply(texts, verdict);
  markForwardSignatures(texts, verdict);
  markPullQuotes(texts, verdict);
  markChatHeaders(texts, verdict);
  markWorkDocuments(texts, verdict);
  markDistributionLists(texts, verdict);
  markFloorComments(texts, verdict);
  markTagLists(texts, verdict);
  markPageJumps(texts, verdict);
  markInterleavedLines(texts, verdict);
  markLivePages(texts, verdict, stampedRemarks);
  markVideoCards(texts, verdict);
  markVideoPages(texts, verdict);
  markTranscriptTools(texts, verdict);
  keepQuotedAiNotices(texts, verdict);
  // After the 文案提取 tool's panels, which hold a chapter list of their own (章节速览).
  markChapterLists(texts, verdict);
  markSiteNotices(texts, verdict);
  markSharerNotes(texts, verdict);
  markSiteBanners(texts, verdict);
  markFollowCards(texts, verdict);
  markFillerMaxims(texts, verdict);
  // After the page's other chrome is known: a pointer's call and a video's sound credit only among it.
  markPointerCalls(texts, verdict);
  markSoundCredits(texts, verdict);
  // Last: a dashed label that no rule above read as an end mark, a paywall's notice or a list's header.
  markDashedLabels(texts, verdict);
}
