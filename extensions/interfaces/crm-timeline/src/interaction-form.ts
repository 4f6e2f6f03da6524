/** The "Log call" / "Log meeting" form: its initial values and the payload it posts. */

import { dateTimeLocalToIso, toDateTimeLocalValue } from './format.ts';
import type { Direction } from './types.ts';

export type LoggableType = 'call' | 'meeting';

export interface InteractionDraft {
	type: LoggableType;
	direction: Direction;
	/** `datetime-local` value (local time). */
	occurredAt: string;
	subject: string;
	contact: string | number | null;
	outcome: string;
	/** `YYYY-MM-DD` or null. */
	nextStepDate: string | null;
}

/** Body of `POST /items/crm_interactions`. */
export interface InteractionPayload {
	type: LoggableType;
	direction: Direction;
	occurred_at: string | null;
	customer: string | number;
	contact: string | number | null;
	subject: string;
	outcome: string | null;
	next_step_date: string | null;
}

const DEFAULT_SUBJECTS: Readonly<Record<LoggableType, string>> = {
	call: 'Call',
	meeting: 'Meeting',
};

/** A pre-filled draft: outbound, happening now, subject "Call" or "Meeting". */
export function createDraft(type: LoggableType, now: Date = new Date()): InteractionDraft {
	return {
		type,
		direction: 'outbound',
		occurredAt: toDateTimeLocalValue(now),
		subject: DEFAULT_SUBJECTS[type],
		contact: null,
		outcome: '',
		nextStepDate: null,
	};
}

function emptyToNull(value: string | null | undefined): string | null {
	if (value === null || value === undefined) return null;
	const trimmed = value.trim();
	return trimmed === '' ? null : trimmed;
}

/**
 * The payload for a draft. Empty optional values become null; the subject is trimmed but sent even
 * when empty so that the server's validation answers (and its message is shown).
 */
export function buildInteractionPayload(draft: InteractionDraft, customer: string | number): InteractionPayload {
	return {
		type: draft.type,
		direction: draft.direction,
		occurred_at: dateTimeLocalToIso(draft.occurredAt),
		customer,
		contact: draft.contact === '' ? null : draft.contact,
		subject: draft.subject.trim(),
		outcome: emptyToNull(draft.outcome),
		next_step_date: emptyToNull(draft.nextStepDate),
	};
}

export interface ContactRow {
	id: string | number;
	first_name?: string | null;
	last_name?: string | null;
}

export interface SelectOption {
	text: string;
	value: string | number;
}

/** Display name of a contact: "First Last", or its id when it has no name. */
export function contactName(row: ContactRow): string {
	const name = [row.first_name, row.last_name]
		.map((part) => (part ?? '').trim())
		.filter((part) => part !== '')
		.join(' ');
	return name === '' ? String(row.id) : name;
}

/** Options for the contact select, sorted by name. */
export function contactOptions(rows: readonly ContactRow[]): SelectOption[] {
	return rows
		.map((row) => ({ text: contactName(row), value: row.id }))
		.sort((a, b) => a.text.localeCompare(b.text) || String(a.value).localeCompare(String(b.value)));
}
