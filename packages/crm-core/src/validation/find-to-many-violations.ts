import type { FieldRule } from './field-rule.ts';
import type { FieldViolation } from './field-violation.ts';
import { isPlainObject } from './is-plain-object.ts';
import { describe, isKeyOf } from './validate-field-value.ts';
import type { WalkContext } from './walk-context.ts';

const OPERATIONS = ['create', 'update', 'delete'] as const;


/** One element of a one-to-many list: a related key (link it), or an object (create it, or update it when it names its key). */
function elementViolations(ctx: WalkContext, rule: FieldRule, element: unknown, name: string, operation: 'any' | 'create' | 'update' | 'delete'): FieldViolation[] {
	const relation = rule.relation as Extract<FieldRule['relation'], { kind: 'o2m' }>;
	const related = ctx.book.get(relation.collection);
	if (!isPlainObject(element)) {
		if ((operation === 'any' || operation === 'delete') && isKeyOf(relation.keyType, element)) return [];
		const expected = operation === 'delete' ? 'the id' : 'the id or an object';
		return [{ code: 'CRM_INVALID_TYPE', field: name, message: `"${name}" must be ${expected} of a ${relation.collection} record, got ${describe(element)}.` }];
	}
	if (operation === 'delete') return [{ code: 'CRM_INVALID_TYPE', field: name, message: `"${name}" must be the id of a ${relation.collection} record to delete, got ${describe(element)}.` }];
	if (relation.system) return [{ code: 'CRM_NESTED_WRITE_FORBIDDEN', field: name, message: `"${name}": records of ${relation.collection} cannot be created or changed through a CRM write; link them by id.` }];
	if (!related) return [];
	const hasKey = related.primaryKey in element;
	if (operation === 'update' && !hasKey) return [{ code: 'CRM_REQUIRED_FIELD', field: `${name}.${related.primaryKey}`, message: `"${name}" must name the ${relation.collection} record it updates by its "${related.primaryKey}".` }];
	const mode = operation === 'create' || !hasKey ? 'create' : 'update';
	return ctx.walkItem({ ...ctx, depth: ctx.depth + 1 }, relation.collection, element, { mode, path: `${name}.`, provided: relation.backField, topLevel: false });
}

function listViolations(ctx: WalkContext, rule: FieldRule, list: unknown, name: string, operation: 'any' | 'create' | 'update' | 'delete'): FieldViolation[] {
	if (!Array.isArray(list)) return [{ code: 'CRM_INVALID_TYPE', field: name, message: `"${name}" must be a list, got ${describe(list)}.` }];
	return list.flatMap((element, i) => elementViolations(ctx, rule, element, `${name}[${i}]`, operation));
}

/**
 * A one-to-many (or many-to-many, through its junction) value: a list of related keys and objects,
 * which replaces the related set, or `{ create, update, delete }`, which changes it. Null is refused:
 * Directus would read it as "unlink everything", which is what an empty list says plainly.
 */
export function findToManyViolations(ctx: WalkContext, rule: FieldRule, value: unknown, name: string): FieldViolation[] {
	const relation = rule.relation as Extract<FieldRule['relation'], { kind: 'o2m' }>;
	if (Array.isArray(value)) return listViolations(ctx, rule, value, name, 'any');
	if (isPlainObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((k) => (OPERATIONS as readonly string[]).includes(k))) {
		return OPERATIONS.filter((op) => op in value).flatMap((op) => listViolations(ctx, rule, value[op], `${name}.${op}`, op));
	}
	const hint = value === null ? '; send [] to remove every one' : '';
	return [{ code: 'CRM_INVALID_TYPE', field: name, message: `"${name}" must be a list of ${relation.collection} records (ids or objects) or { create, update, delete }, got ${describe(value)}${hint}.` }];
}
