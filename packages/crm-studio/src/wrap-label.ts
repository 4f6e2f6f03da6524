/** How wide a text is drawn, in pixels (see textMeasure; tests pass a fixed width per character). */
export type MeasureText = (text: string) => number;

const ELLIPSIS = '…';

/**
 * Splits `text` at spaces into at most `maxLines` lines, each no wider than `maxWidth` as `measure`
 * tells: "Clearance: 30 % off discontinued workwear" → ["Clearance: 30 % off", "discontinued workwear"].
 * What still does not fit ends the last line in "…"; the caller shows the whole text elsewhere (a
 * tooltip), because a chart's label area cannot grow without squeezing the bars.
 */
export function wrapLabel(text: string, maxWidth: number, measure: MeasureText, maxLines = 2): string[] {
	const words = wordsOf(text);
	if (words.length === 0) return [''];
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const longer = line === '' ? word : `${line} ${word}`;
		if (line === '' || measure(longer) <= maxWidth) line = longer;
		else {
			lines.push(line);
			line = word;
		}
	}
	lines.push(line);
	const kept = lines.slice(0, maxLines);
	// Words past the last line join it, so that shortening it says that something follows.
	if (lines.length > maxLines) kept[maxLines - 1] = lines.slice(maxLines - 1).join(' ');
	return kept.map((l) => shorten(l, maxWidth, measure));
}

/** A sign after a number ("10 %", "0.50 €") stays with it: a line starting with "%" reads as a mistake. */
const TRAILING_SIGN = /^[%‰\p{Sc}]\p{P}*$/u;

/** The words of `text` at its spaces, a percent or currency sign joined to the word before it. */
function wordsOf(text: string): string[] {
	const words: string[] = [];
	for (const word of text.trim().split(/\s+/)) {
		if (word === '') continue;
		if (words.length > 0 && TRAILING_SIGN.test(word)) words[words.length - 1] += ` ${word}`;
		else words.push(word);
	}
	return words;
}

/** `line` cut to `maxWidth` with "…" at its end (whole when it fits). */
function shorten(line: string, maxWidth: number, measure: MeasureText): string {
	if (measure(line) <= maxWidth) return line;
	let end = line.length;
	while (end > 1 && measure(`${line.slice(0, end).trimEnd()}${ELLIPSIS}`) > maxWidth) end--;
	return `${line.slice(0, end).trimEnd()}${ELLIPSIS}`;
}
