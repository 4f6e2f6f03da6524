import { isCalendarDate } from '../calendar/calendar-day.ts';
import { CrmError } from '../errors/crm-error.ts';
import type { JsonSchema } from '../api-schema/schema-vocabulary.ts';
import { isPlainObject } from '../validation/is-plain-object.ts';
import type { TouchKind } from './touch-kinds.ts';

/** What staff log by hand about a member of a call, visit or event campaign: reached, answered, bought. */
export const LOGGED_TOUCH_KINDS = ['delivered', 'responded', 'converted'] as const satisfies readonly TouchKind[];

export interface LoggedTouch {
	kind: (typeof LOGGED_TOUCH_KINDS)[number];
	at: Date;
	outcome: string | null;
}

export const LOGGED_TOUCH_BODY: JsonSchema = {
	type: 'object',
	additionalProperties: false,
	required: ['kind'],
	properties: {
		kind: { type: 'string', enum: [...LOGGED_TOUCH_KINDS], description: 'delivered: the person was reached (call answered, visit made); responded: they reacted (interest, a meeting); converted: they bought or agreed.' },
		at: { type: 'string', format: 'date-time', description: 'When it happened; default now; never in the future.' },
		outcome: { type: 'string', maxLength: 2000, description: 'What was said or agreed.' },
	},
};

const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant written with its offset (a time without one would be read in the server's zone) on a day that exists. */
function instantOf(value: unknown): Date | null {
	const match = typeof value === 'string' ? INSTANT.exec(value) : null;
	if (!match || !isCalendarDate(match[1])) return null;
	const at = new Date(value as string);
	return Number.isNaN(at.getTime()) ? null : at;
}

const invalid = (field: string, message: string) => new CrmError('CRM_INVALID_PAYLOAD', message, { field });

/** Validates a touch logged by staff (POST /crm/campaign-members/:id/touches); `now` bounds its time. */
export function parseLoggedTouch(body: unknown, now: Date): LoggedTouch {
	if (!isPlainObject(body)) throw new CrmError('CRM_INVALID_PAYLOAD', 'Send { "kind": "delivered" | "responded" | "converted", "at"?: ISO date-time, "outcome"?: text }.');
	const unknown = Object.keys(body).find((k) => !['kind', 'at', 'outcome'].includes(k));
	if (unknown) throw invalid(unknown, `"${unknown}" is not part of a logged touch: send kind, at and outcome.`);
	const kind = body['kind'];
	if (!(LOGGED_TOUCH_KINDS as readonly unknown[]).includes(kind)) throw invalid('kind', `kind must be one of ${LOGGED_TOUCH_KINDS.join(', ')}: sends, opens, clicks and unsubscribes are recorded by the CRM itself.`);
	const at = body['at'] === undefined || body['at'] === null ? now : instantOf(body['at']);
	if (at === null) throw invalid('at', 'at must be an ISO 8601 date-time with its offset, e.g. 2026-12-01T10:30:00Z.');
	if (at.getTime() > now.getTime() + 60_000) throw invalid('at', 'at lies in the future: log what has happened.');
	const outcome = body['outcome'];
	if (outcome !== undefined && outcome !== null && (typeof outcome !== 'string' || outcome.length > 2000)) throw invalid('outcome', 'outcome must be text of at most 2000 characters.');
	return { kind: kind as LoggedTouch['kind'], at, outcome: typeof outcome === 'string' && outcome.trim() ? outcome.trim() : null };
}
