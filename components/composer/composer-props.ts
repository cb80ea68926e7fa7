// What the composer page hands to the (lazily loaded) composer: the speech as the server reads it, the taxonomy
// with signal phrases (the panel's tab follows the section), and the library filter that hides recent repeats.
import type { CategoryOption } from "@/components/library/types";
import type { MeetingRef, ReuseFilter, SpeechDetail } from "@/lib/speeches/types";

export type ComposerCategory = CategoryOption & { signals: string[] };

export type ComposerProps = {
  speech: SpeechDetail;
  categories: ComposerCategory[];
  canEdit: boolean;
  /** The signed-in user: drafts kept in the browser are theirs alone. */
  userId: string;
  reuseFilter: ReuseFilter;
  /** Choices for the speech's meeting (讲话信息). */
  meetings: MeetingRef[];
};
