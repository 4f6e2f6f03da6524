import type { CollectionRules, FieldRule } from './field-rule.ts';
import type { FieldViolation } from './field-violation.ts';
import { findToManyViolations } from './find-to-many-violations.ts';
import { isPlainObject } from './is-plain-object.ts';
import { describe, validateFieldValue } from './validate-field-value.ts';
import type { ItemPlace, WalkContext } from './walk-context.ts';

/** Nested writes deeper than this are refused: no form of the Studio or the API needs more. */
const MAX_DEPTH = 4;

const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

function refusal(rule: FieldRule, place: ItemPlace, trusted: boolean): string | null {
	if (rule.presentation) return 'only shows information in the Studio and stores nothing';
	if (rule.managed && !trusted) return 'is kept by Directus (who and when created or changed the record) and cannot be set by a client';
	if (rule.primaryKey && place.mode === 'update' && place.topLevel) return 'is the key of the record and never changes';
	if (rule.readonly && !trusted) return 'is computed by the CRM and cannot be set by a client';
	return null;
}

/** A null, or blank text where text is not the type: allowed only where the field may be empty. */
function isEmptyValue(rule: FieldRule, value: unknown): boolean {
	return value === null || (typeof value === 'string' && value.trim() === '' && rule.type !== 'string' && rule.type !== 'text');
}

function emptyViolations(rule: FieldRule, value: unknown, name: string): FieldViolation[] {
	if (rule.required || !rule.nullable) return [{ code: 'CRM_REQUIRED_FIELD', field: name, message: `"${name}" is required and cannot be empty.` }];
	return value === null ? [] : [{ code: 'CRM_INVALID_TYPE', field: name, message: `"${name}" cannot be an empty text; send null to clear it.` }];
}

/**
 * A many-to-one value that is an object. `{ id }` is how the Studio links an existing record and is
 * taken as that id. Anything more would create or change the related record inside this write, and
 * the CRM's rules on a record depend on what it links to (a contact's customer, an order's price
 * list, a request's team): the related record is written on its own first, then linked by its id.
 */
function nestedManyToOne(rule: FieldRule, value: Record<string, unknown>, name: string): FieldViolation[] {
	const relation = rule.relation as Extract<FieldRule['relation'], { kind: 'm2o' }>;
	const keys = Object.keys(value);
	if (keys.length === 1 && keys[0] === relation.keyField) {
		const violation = validateFieldValue(rule, value[relation.keyField], `${name}.${relation.keyField}`);
		return violation ? [violation] : [];
	}
	return [
		{
			code: 'CRM_NESTED_WRITE_FORBIDDEN',
			field: name,
			message: `"${name}" links an existing ${relation.collection} record by its id (or { "${relation.keyField}": … }); create or change that record on its own, then link it.`,
		},
	];
}

function fieldViolations(ctx: WalkContext, rule: FieldRule, value: unknown, place: ItemPlace): FieldViolation[] {
	const name = place.path + rule.field;
	const refused = refusal(rule, place, ctx.trusted);
	if (refused) return [{ code: 'CRM_READONLY_FIELD', field: name, message: `"${name}" ${refused}.` }];
	if (rule.relation?.kind === 'o2m') return findToManyViolations(ctx, rule, value, name);

	if (isEmptyValue(rule, value)) return emptyViolations(rule, value, name);
	if (rule.required && isBlank(value)) return [{ code: 'CRM_REQUIRED_FIELD', field: name, message: `"${name}" is required and cannot be empty.` }];
	if (rule.relation?.kind === 'm2o' && isPlainObject(value)) return nestedManyToOne(rule, value, name);
	const violation = validateFieldValue(rule, value, name);
	return violation ? [violation] : [];
}

function missingRequired(rules: CollectionRules, data: Record<string, unknown>, place: ItemPlace): FieldViolation[] {
	if (place.mode !== 'create') return [];
	return Object.values(rules.fields)
		.filter((rule) => rule.required && !rule.hasDefault && !(rule.field in data) && rule.field !== place.provided)
		.map((rule) => ({ code: 'CRM_REQUIRED_FIELD', field: place.path + rule.field, message: `"${place.path + rule.field}" is required.` }));
}

/** Every problem of one item (top-level or nested) against its collection's rules. */
export function findItemViolations(ctx: WalkContext, collection: string, payload: unknown, place: ItemPlace): FieldViolation[] {
	const rules = ctx.book.get(collection);
	const where = place.path ? `"${place.path.slice(0, -1)}"` : `A ${collection} item`;
	if (!rules) return [];
	if (!isPlainObject(payload)) return [{ code: 'CRM_INVALID_PAYLOAD', field: place.path.slice(0, -1), message: `${where} must be a JSON object, got ${describe(payload)}.` }];
	if (ctx.depth > MAX_DEPTH) return [{ code: 'CRM_INVALID_PAYLOAD', field: place.path.slice(0, -1), message: `${where} is nested too deeply; write the related records first and link them by id.` }];

	const violations: FieldViolation[] = [];
	for (const [field, value] of Object.entries(payload)) {
		const rule = rules.fields[field];
		if (!rule) violations.push({ code: 'CRM_INVALID_PAYLOAD', field: place.path + field, message: place.path ? `"${place.path + field}": ${collection} has no field "${field}".` : `${collection} has no field "${field}".` });
		else if (value !== undefined) violations.push(...fieldViolations(ctx, rule, value, place));
	}
	violations.push(...missingRequired(rules, payload, place));
	return violations;
}
