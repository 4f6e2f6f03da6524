// Letters that carry no combining mark in Unicode, so NFKD leaves them alone; written out so that
// "Straße" finds "strasse" and "Søren" finds "soren".
const LIGATURES: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const LIGATURE = /[ßæœøłđðþı]/g;
const MARKS = /\p{M}+/gu;
// Anything that is not a letter or a digit separates words: spaces, punctuation, symbols, emoji.
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/**
 * Text as keywords are compared: lower case, without accents (é → e, ё → е), compatibility forms
 * unfolded (ﬁ → fi, full-width Ａ → a), words joined by single spaces, with a space at each end so that
 * `includes(' reset ')` is a whole-word test and a phrase keyword ("password reset") still matches.
 */
export function foldText(text: string): string {
	const folded = text.toLowerCase().normalize('NFKD').replace(MARKS, '').replace(LIGATURE, (c) => LIGATURES[c]!);
	const words = folded.split(SEPARATORS).filter((word) => word !== '');
	return words.length === 0 ? ' ' : ` ${words.join(' ')} `;
}
