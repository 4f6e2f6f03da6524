/** Pure reading of GET /crm/activity-targets (a week's activity against target per rep and team) and its texts. */
import { int, intOrNull, isObject, objectsOf, textOrNull } from '@crm/studio';

export const MEASURES = ['calls', 'visits', 'proposals'] as const;
export type Measure = (typeof MEASURES)[number];
export const MEASURE_LABEL: Record<Measure, string> = { calls: 'Calls', visits: 'Visits', proposals: 'Proposals' };

export interface MeasureView {
	target: number | null;
	actual: number;
	attainmentBp: number | null;
}

export interface ActivityRowView {
	id: string;
	name: string;
	measures: Record<Measure, MeasureView>;
	sentence: string;
}

export interface ActivityView {
	week: string;
	monday: string;
	sunday: string;
	reps: ActivityRowView[];
	teams: ActivityRowView[];
}

function rowOf(raw: Record<string, unknown>): ActivityRowView {
	const measures = Object.fromEntries(
		MEASURES.map((m) => {
			const v = isObject(raw[m]) ? raw[m] : {};
			return [m, { target: intOrNull(v['target']), actual: int(v['actual']), attainmentBp: intOrNull(v['attainment_bp']) }];
		}),
	) as Record<Measure, MeasureView>;
	return { id: String(raw['id'] ?? ''), name: textOrNull(raw['name']) ?? '—', measures, sentence: textOrNull(raw['sentence']) ?? '' };
}

/** The answer's data, or null when it is not one. */
export function fromActivityResponse(body: unknown): ActivityView | null {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : null;
	if (!data || typeof data['week'] !== 'string') return null;
	return { week: data['week'], monday: String(data['monday'] ?? ''), sunday: String(data['sunday'] ?? ''), reps: objectsOf(data['reps']).map(rowOf), teams: objectsOf(data['teams']).map(rowOf) };
}

/** "7 of 10 (70 %)", "3 (no target)". */
export function measureText(m: MeasureView): string {
	if (m.target === null) return `${m.actual} (no target)`;
	const pct = m.attainmentBp === null ? '' : ` (${Math.floor(m.attainmentBp / 100)} %)`;
	return `${m.actual} of ${m.target}${pct}`;
}

/** How far a bar fills: the actual against the target, full at or beyond it; a rep without a target gets no bar. */
export function fillPercent(m: MeasureView): number {
	if (!m.target) return 0;
	return Math.min(100, Math.round((m.actual * 100) / m.target));
}

/** Met (at or beyond target), near (half or more) or behind. */
export function tone(m: MeasureView): 'met' | 'near' | 'behind' | 'none' {
	if (!m.target) return 'none';
	if (m.actual >= m.target) return 'met';
	return m.actual * 2 >= m.target ? 'near' : 'behind';
}

/** The Monday a week away from `monday` (YYYY-MM-DD), by UTC calendar arithmetic. */
export function shiftWeek(monday: string, weeks: number): string {
	const d = new Date(`${monday}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + weeks * 7);
	return d.toISOString().slice(0, 10);
}
