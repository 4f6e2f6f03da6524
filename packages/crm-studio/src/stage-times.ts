import { isObject, objectsOf, textOrNull } from './read-answer.ts';

/** One stage an opportunity was in, as the progress strip shows it. */
export interface StageTimeRow {
	stage: string;
	name: string;
	/** "3.5 days", "1 day", "5 h", "under an hour". */
	duration: string;
	visits: number;
	current: boolean;
}

/** Days (to the hundredth) as people say them: hours under a day, else days to one decimal. */
export function formatStageDays(days: number): string {
	if (days < 1 / 24) return 'under an hour';
	if (days < 1) return `${Math.round(days * 24)} h`;
	const rounded = Math.round(days * 10) / 10;
	return rounded === 1 ? '1 day' : `${rounded.toFixed(rounded % 1 === 0 ? 0 : 1)} days`;
}

/** The answer of GET /crm/opportunities/:id/stages as rows; anything malformed is left out. */
export function stageTimeRows(answer: unknown): StageTimeRow[] {
	const data = isObject(answer) ? answer['data'] : null;
	return objectsOf(data).flatMap((t) => {
		const stage = textOrNull(t['stage']);
		const days = typeof t['days'] === 'number' ? t['days'] : Number.NaN;
		if (!stage || !Number.isFinite(days)) return [];
		return [{ stage, name: textOrNull(t['stage_name']) ?? 'Stage', duration: formatStageDays(days), visits: typeof t['visits'] === 'number' ? t['visits'] : 1, current: t['current'] === true }];
	});
}
