// Dates as the offices read them: Beijing time, and the same text on the server and in the browser (a page
// rendered on a UTC server and hydrated in a browser in China must not disagree).
const TIME_ZONE = "Asia/Shanghai";

export const formatDateTime = (value: string | Date) =>
  new Date(value).toLocaleString("zh-CN", { timeZone: TIME_ZONE, hour12: false });

/** The Beijing calendar day of a moment, e.g. 2025-03-01. */
export const formatDayOf = (value: string | Date) =>
  new Date(value).toLocaleDateString("sv-SE", { timeZone: TIME_ZONE });

/** A calendar day stored without a time (a meeting's or speech's date), as written; — when there is none. */
export const formatDay = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : "—");
