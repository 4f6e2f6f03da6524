import type { Row, SystemEventSource } from './system-event-source.ts';

export interface SystemInteractionDraft {
	type: 'system';
	direction: 'internal';
	occurred_at: string;
	customer: string;
	contact: string | null;
	subject: string;
	related_collection: string;
	related_key: string;
}

/** The timeline entry for a created (`before` null) or changed record; null when there is nothing to record. */
export function buildSystemInteraction(source: SystemEventSource, key: string, before: Row | null, after: Row, now: Date): SystemInteractionDraft | null {
	const customer = source.customerOf(after);
	if (!customer) return null;

	let subject: string | null;

	if (before === null) {
		subject = source.describeCreate(after);
	} else {
		const changed = source.watchedFields.some((f) => !sameValue(before[f], after[f]));
		subject = changed ? source.describeChange(before, after) : null;
	}

	if (!subject) return null;

	return {
		type: 'system',
		direction: 'internal',
		occurred_at: now.toISOString(),
		customer,
		contact: source.contactOf?.(after) ?? null,
		subject: subject.length > 255 ? `${subject.slice(0, 254)}…` : subject,
		related_collection: source.collection,
		related_key: key,
	};
}

function sameValue(a: unknown, b: unknown): boolean {
	return (a ?? null) === (b ?? null) || String(a ?? '') === String(b ?? '');
}
