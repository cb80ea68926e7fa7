// An e-mail address cut by a hard wrap (…报送县安委办邮箱txawb@ / tanxi-gov.cn，逾期不报的视为未完成。): the domain
// opens the next line, which the line rules take for a site's footer or a contact line. Where the kept line above
// ends in the address's name and its @ and the line runs on from the domain into a clause of the sentence
// (wrappedAddressAt), the line is the sentence's own second half: it is kept.
import { wrappedAddressAt } from "./noise-cited-sources";

/** The reasons an address line is taken for (a site's footer, a contact line). */
const ADDRESS_REASONS = new Set(["网站页眉页脚", "联系方式"]);

/** Un-marks each line that is the wrapped second half of an e-mail address and the sentence around it. */
export function keepWrappedAddresses(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++)
    if (ADDRESS_REASONS.has(verdict[i] ?? "") && wrappedAddressAt(texts, verdict, i)) verdict[i] = null;
}
