// Where a pictograph (\p{Extended_Pictographic}: 📌, 👉, ✅, ©, ™ …) can stand in a line. The property is a long list
// of ranges, which V8 checks character by character; the ranges below hold every one of them (pictographs.test.ts
// reads every code point), few and wide, and a line of Chinese prose has none of their characters, so a test for
// them passes over it several times faster. Only a line holding one needs the property's own test.

/** Holds every code point of \p{Extended_Pictographic}: ©, ®, U+203C–U+2B55 (‼ … ⭕), 〰, 〽, ㊗, ㊙, and the lead
 *  surrogates of U+1F000–U+1FFFF (read without the u flag, a pictograph there opens with one of them). */
export const PICTOGRAPH_BLOCKS_RE = /[\u00a9\u00ae\u203c-\u2b55\u3030\u303d\u3297\u3299\ud83c-\ud83f]/;

const PICTOGRAPH_RE = /\p{Extended_Pictographic}/u;

/** Whether `t` holds a pictograph: \p{Extended_Pictographic}'s test, run only where one can stand. */
export const hasPictograph = (t: string): boolean => PICTOGRAPH_BLOCKS_RE.test(t) && PICTOGRAPH_RE.test(t);
