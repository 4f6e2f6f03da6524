import { isCalendarDate } from '../calendar/calendar-day.ts';
import { discountDefinitionError } from './discount-definition-error.ts';

/** A validity window of inclusive 'YYYY-MM-DD' days, either end open (null); the end may not come before the start. */
export function assertValidWindow(what: string, validFrom: string | null | undefined, validTo: string | null | undefined): void {
	if (validFrom != null && !isCalendarDate(validFrom)) throw discountDefinitionError(what, 'valid_from', `the start must be a day written YYYY-MM-DD, got ${JSON.stringify(validFrom)}.`);
	if (validTo != null && !isCalendarDate(validTo)) throw discountDefinitionError(what, 'valid_to', `the end must be a day written YYYY-MM-DD, got ${JSON.stringify(validTo)}.`);
	// ISO days compare correctly as text.
	if (validFrom != null && validTo != null && validTo < validFrom) throw discountDefinitionError(what, 'valid_to', `it ends (${validTo}) before it starts (${validFrom}).`);
}
