/** Figures and their changes as people read them in a cell: amounts with their currency, shares in %, changes in % or points. */
import { formatMoneyLabel } from './format-money-label.ts';
import { formatPercent, PERCENT_DIGITS } from './format-percent.ts';
import { groupThousands } from './group-thousands.ts';
import { toScaledText } from './scaled-decimal.ts';

export interface Change {
	/** "+12 %", "−3.5 pp", "new"; empty when there is nothing to compare. */
	text: string;
	tone: 'good' | 'bad' | 'neutral';
}

/** One figure of a table: its text, and below it its change (or a detail) in words. */
export interface FigureCell {
	text: string;
	change: Change;
}

/** A column of figures: the cells' key, its heading and what the heading's tooltip explains. */
export interface FigureColumn<K extends string = string> {
	key: K;
	label: string;
	title?: string;
}

/** A row of a figure table: unique id, the name people read, an optional rank, one cell per column. */
export interface FigureRow<K extends string = string> {
	id: string;
	name: string;
	rank?: number;
	cells: Record<K, FigureCell>;
}

const NOTHING: Change = { text: '', tone: 'neutral' };
const MINUS = '−';

export const money = (minor: number | null, currency: string) => (minor === null ? '–' : formatMoneyLabel(minor, currency));
export const percent = (bp: number | null) => (bp === null ? '–' : formatPercent(bp));
export const count = (n: number) => groupThousands(String(n));

/** "+12", "−8", "±0" from a signed decimal text. */
export function signedText(text: string): string {
	if (/^-?0(\.0+)?$/.test(text)) return `±${text.replace('-', '')}`;
	return text.startsWith('-') ? `${MINUS}${text.slice(1)}` : `+${text}`;
}

function toneOf(delta: number): Change['tone'] {
	if (delta === 0) return 'neutral';
	return delta > 0 ? 'good' : 'bad';
}

/**
 * A growth the API gives in basis points, in whole percent: 6892 is "+69 %". Nothing before and something
 * now is "new"; nothing then and nothing now says nothing.
 */
export function growthChange(growthBp: number | null, now: number, before: number | null): Change {
	if (before === null) return NOTHING;
	if (growthBp === null) return before === 0 && now !== 0 ? { text: 'new', tone: toneOf(now) } : NOTHING;
	return { text: `${signedText(groupThousands(String(Math.round(growthBp / 100))))} %`, tone: toneOf(growthBp) };
}

/** A change of a share (basis points) in percentage points: 464 is "+4.64 pp". */
export function pointsChange(deltaBp: number | null): Change {
	if (deltaBp === null) return NOTHING;
	return { text: `${signedText(groupThousands(toScaledText(deltaBp, PERCENT_DIGITS)))} pp`, tone: toneOf(deltaBp) };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Mar 2026" from "2026-03". */
export function monthLabel(month: string): string {
	return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}
