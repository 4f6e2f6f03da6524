import type { InteractionDirection, InteractionType } from '../interactions/interaction-types.ts';

export interface TimelineEntry {
	id: string;
	type: InteractionType;
	direction: InteractionDirection;
	occurred_at: string;
	subject: string;
	contact: { id: string; name: string } | null;
	related_collection: string | null;
	related_key: string | null;
	/** The rep's notes and author: only for callers whose policy reads them (staff, not the customer portal). */
	outcome?: string | null;
	next_step_date?: string | null;
	rep?: { id: string; name: string } | null;
}

type Row = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' ? v : null);

function person(v: unknown, name: (r: Row) => string): { id: string; name: string } | null {
	if (typeof v !== 'object' || v === null) return null;
	const row = v as Row;
	return typeof row['id'] === 'string' ? { id: row['id'], name: name(row) } : null;
}

/**
 * Shapes an interaction row (with contact and rep expanded) for the timeline API. The rep's details
 * appear only when the row carries them: a caller who may not read them gets entries without those keys.
 */
export function toTimelineEntry(row: Row): TimelineEntry {
	return {
		id: String(row['id']),
		type: row['type'] as InteractionType,
		direction: row['direction'] as InteractionDirection,
		occurred_at: String(row['occurred_at']),
		subject: String(row['subject'] ?? ''),
		contact: person(row['contact'], (c) => [str(c['first_name']), str(c['last_name'])].filter(Boolean).join(' ')),
		related_collection: str(row['related_collection']),
		related_key: str(row['related_key']),
		...('outcome' in row ? { outcome: str(row['outcome']) } : {}),
		...('next_step_date' in row ? { next_step_date: str(row['next_step_date']) } : {}),
		...('rep' in row ? { rep: person(row['rep'], (r) => str(r['name']) ?? '') } : {}),
	};
}
