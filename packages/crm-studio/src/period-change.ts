/** The change of a figure against the previous period, computed from both figures, in words people read in a table cell. */
import { PERCENT_DIGITS } from './format-percent.ts';
import { groupThousands } from './group-thousands.ts';
import { type Change, signedText } from './sales-figure-text.ts';
import { toScaledText } from './scaled-decimal.ts';

/** Whether a rise is good news (revenue), bad news (cost per customer) or neither (spend). */
export type Better = 'higher' | 'lower' | 'neither';

const NOTHING: Change = { text: '', tone: 'neutral' };

function toneOf(now: number, before: number, better: Better): Change['tone'] {
	if (now === before || better === 'neither') return 'neutral';
	return (now > before) === (better === 'higher') ? 'good' : 'bad';
}

/**
 * A count or amount against the one before, in whole percent of it: 120 after 100 is "+20 %".
 * From nothing to something is "new" (no percentage of nothing); none now or before compares nothing.
 */
export function relativeChange(now: number | null, before: number | null, better: Better): Change {
	if (now === null) return NOTHING;
	if (before === null || (before === 0 && now !== 0)) return { text: 'new', tone: before === null ? 'neutral' : toneOf(now, 0, better) };
	// Nothing then and nothing now is no news; "±0 %" in every cell of a quiet channel would hide the ones that moved.
	if (before === 0) return NOTHING;
	const percent = Math.round(((now - before) / Math.abs(before)) * 100);
	return { text: `${signedText(groupThousands(String(percent)))} %`, tone: toneOf(now, before, better) };
}

/** A share (basis points) against the one before, in percentage points: 1250 after 1000 is "+2.5 pp". */
export function pointChange(nowBp: number | null, beforeBp: number | null, better: Better): Change {
	if (nowBp === null) return NOTHING;
	if (beforeBp === null) return { text: 'new', tone: 'neutral' };
	const points = toScaledText(nowBp - beforeBp, PERCENT_DIGITS);
	return { text: `${signedText(groupThousands(points))} pp`, tone: toneOf(nowBp, beforeBp, better) };
}
