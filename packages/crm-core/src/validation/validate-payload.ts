import { CrmError } from '../errors/crm-error.ts';
import type { CollectionRules } from './field-rule.ts';
import type { FieldViolation } from './field-violation.ts';
import { validateFieldValue } from './validate-field-value.ts';

export type WriteMode = 'create' | 'update';

export interface PayloadCheckOptions {
	/** The CRM itself is writing and may set computed fields. */
	trusted?: boolean;
}

const isEmpty = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Lists every problem of a create or update payload against its collection's rules. */
export function findPayloadViolations(rules: CollectionRules, payload: unknown, mode: WriteMode, options: PayloadCheckOptions = {}): FieldViolation[] {
	if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
		return [{ code: 'CRM_INVALID_PAYLOAD', field: '', message: `A ${rules.collection} item must be a JSON object.` }];
	}

	const data = payload as Record<string, unknown>;
	const violations: FieldViolation[] = [];

	for (const [field, value] of Object.entries(data)) {
		const rule = rules.fields[field];

		if (!rule) {
			violations.push({ code: 'CRM_INVALID_PAYLOAD', field, message: `${rules.collection} has no field "${field}".` });
			continue;
		}

		if (rule.managed || rule.type === 'alias' || value === undefined) continue;

		if (rule.readonly && !options.trusted) {
			violations.push({ code: 'CRM_READONLY_FIELD', field, message: `"${field}" is computed by the CRM and cannot be set by a client.` });
			continue;
		}

		if (value === null || (typeof value === 'string' && value.trim() === '' && rule.type !== 'string' && rule.type !== 'text')) {
			if (rule.required || !rule.nullable) violations.push({ code: 'CRM_REQUIRED_FIELD', field, message: `"${field}" is required and cannot be empty.` });
			else if (value !== null) violations.push({ code: 'CRM_INVALID_TYPE', field, message: `"${field}" cannot be an empty text; send null to clear it.` });
			continue;
		}

		if (rule.required && isEmpty(value)) {
			violations.push({ code: 'CRM_REQUIRED_FIELD', field, message: `"${field}" is required and cannot be empty.` });
			continue;
		}

		const violation = validateFieldValue(rule, value);
		if (violation) violations.push(violation);
	}

	if (mode === 'create') {
		for (const rule of Object.values(rules.fields)) {
			if (rule.required && !rule.hasDefault && !(rule.field in data)) violations.push({ code: 'CRM_REQUIRED_FIELD', field: rule.field, message: `"${rule.field}" is required.` });
		}
	}

	return violations;
}

/** Throws a CrmError carrying the first violation's code and field, and all violations in details. */
export function assertValidPayload(rules: CollectionRules, payload: unknown, mode: WriteMode, options: PayloadCheckOptions = {}): void {
	const violations = findPayloadViolations(rules, payload, mode, options);
	const first = violations[0];
	if (!first) return;

	const more = violations.length > 1 ? ` (and ${violations.length - 1} more problem${violations.length > 2 ? 's' : ''})` : '';
	throw new CrmError(first.code, `${rules.collection}: ${first.message}${more}`, { collection: rules.collection, field: first.field, violations });
}
