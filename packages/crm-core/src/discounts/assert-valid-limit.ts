import { discountDefinitionError } from './discount-definition-error.ts';

/** A usage limit: null (unlimited) or a whole number ≥ 1; a limit of 0 would be an inactive offer in disguise. */
export function assertValidLimit(what: string, field: string, value: number | null): void {
	if (value !== null && (!Number.isSafeInteger(value) || value < 1)) throw discountDefinitionError(what, field, `the limit must be empty (unlimited) or a whole number ≥ 1, got ${JSON.stringify(value)}.`);
}
