import { CrmError } from '../errors/crm-error.ts';
import type { RulesBook } from './field-rule.ts';
import type { FieldViolation } from './field-violation.ts';
import { findItemViolations } from './find-item-violations.ts';

export type WriteMode = 'create' | 'update';

export interface PayloadCheckOptions {
	/** The CRM itself is writing and may set computed fields. */
	trusted?: boolean;
}

/**
 * Lists every problem of a create or update payload for `collection`, nested writes in relational
 * fields included (each judged by its own collection's rules, its fields named by their path).
 */
export function findPayloadViolations(book: RulesBook, collection: string, payload: unknown, mode: WriteMode, options: PayloadCheckOptions = {}): FieldViolation[] {
	return findItemViolations({ book, trusted: Boolean(options.trusted), depth: 0, walkItem: findItemViolations }, collection, payload, { mode, path: '', provided: null, topLevel: true });
}

/** Throws a CrmError carrying the first violation's code and field, and all violations in details. */
export function assertValidPayload(book: RulesBook, collection: string, payload: unknown, mode: WriteMode, options: PayloadCheckOptions = {}): void {
	const violations = findPayloadViolations(book, collection, payload, mode, options);
	const first = violations[0];
	if (!first) return;

	const more = violations.length > 1 ? ` (and ${violations.length - 1} more problem${violations.length > 2 ? 's' : ''})` : '';
	throw new CrmError(first.code, `${collection}: ${first.message}${more}`, { collection, field: first.field, violations });
}
