import { CrmError } from '../errors/crm-error.ts';
import type { CrmErrorCode } from '../errors/crm-error-code.ts';
import { describeValue } from '../errors/describe-value.ts';

/** Throws the CrmError for a column of a stored row; the caller decides how the message names the row. */
export type Refuse = (code: CrmErrorCode, field: string, message: string) => never;

/** Refuses with the message as it is and `{ field }` as details. */
export const refuseField: Refuse = (code, field, message) => {
	throw new CrmError(code, message, { field });
};

/**
 * A whole number read from a stored row: a number, or its digits as text (Postgres hands big integers,
 * and some drivers every number, as text). Null, missing or '' give `fallback`; anything else is refused
 * with CRM_INVALID_TYPE naming the column, so that a broken row is an answer, never a NaN in a run.
 */
export function readWholeNumber<T extends number | null>(row: Record<string, unknown>, field: string, fallback: T, refuse: Refuse = refuseField): number | T {
	const raw = row[field];
	if (raw === undefined || raw === null || raw === '') return fallback;
	const value = typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw;
	if (typeof value !== 'number' || !Number.isSafeInteger(value)) return refuse('CRM_INVALID_TYPE', field, `${field} must be a whole number, got ${describeValue(raw)}.`);
	return value;
}
