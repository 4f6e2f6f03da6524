import { CrmError } from '../errors/crm-error.ts';

// Guards shared by totals and stock planning. Amounts and quantities arrive from forms and the
// database, so they are checked at runtime even though TypeScript says `number`.

/** A quantity in milli-units: a whole number ≥ 0, or > 0 when `positive`. */
export function assertQuantityMilli(value: number, field: string, positive = false): void {
	if (!Number.isSafeInteger(value) || value < 0 || (positive && value === 0)) {
		const expected = positive ? 'a positive whole number of milli-units (2.5 → 2500)' : 'a whole number of milli-units ≥ 0 (2.5 → 2500)';
		throw new CrmError('CRM_INVALID_QUANTITY', `"${field}" must be ${expected}, got ${JSON.stringify(value)}.`, { field });
	}
}

/** An amount in minor units that may not be negative (prices, limits, order amounts). */
export function assertNonNegativeAmount(value: number, field: string): void {
	if (!Number.isSafeInteger(value) || value < 0) {
		throw new CrmError('CRM_INVALID_AMOUNT', `"${field}" must be a whole number of minor units ≥ 0 (19.99 → 1999), got ${JSON.stringify(value)}.`, { field });
	}
}

/** An amount in minor units of either sign (a balance may be in the customer's favour). */
export function assertAmount(value: number, field: string): void {
	if (!Number.isSafeInteger(value)) {
		throw new CrmError('CRM_INVALID_AMOUNT', `"${field}" must be a whole number of minor units (19.99 → 1999), got ${JSON.stringify(value)}.`, { field });
	}
}

/** A rate in basis points between 0 % and 100 % (19 % → 1900). */
export function assertBasisPoints(value: number, field: string): void {
	if (!Number.isSafeInteger(value) || value < 0 || value > 10_000) {
		throw new CrmError('CRM_OUT_OF_RANGE', `"${field}" must be whole basis points between 0 and 10000 (19 % → 1900), got ${JSON.stringify(value)}.`, { field });
	}
}
