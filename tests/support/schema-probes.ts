/**
 * Wrong values for every field of a live Directus schema, each with the answer the CRM must give.
 * Written from the field definitions as a client sees them (`/fields`, `/relations`), independently
 * of the validator it checks: the expectations restate the rules, they do not call them.
 */

export interface LiveField {
	collection: string;
	field: string;
	type: string;
	schema: { is_nullable?: boolean; max_length?: number | null; is_primary_key?: boolean; has_auto_increment?: boolean } | null;
	meta: { special?: string[] | null; required?: boolean; readonly?: boolean; options?: { choices?: { value: unknown }[] | null } | null; validation?: unknown } | null;
}

export interface LiveRelation {
	collection: string;
	field: string;
	related_collection: string | null;
	meta: { one_field?: string | null; junction_field?: string | null } | null;
}

/** What a probe must get: a 400 with this code and field, any 4xx (the database refuses an unknown key), or success. */
export type Expectation = { answer: 'refused'; code: string; field: string } | { answer: 'rejected' } | { answer: 'accepted' };

export interface Probe {
	field: string;
	/** Short description of the value, for the report. */
	label: string;
	value: unknown;
	create: Expectation | null;
	update: Expectation;
}

export type FieldKind = 'managed' | 'presentation' | 'to-many' | 'primary-key' | 'computed' | 'link' | 'text' | 'integer' | 'boolean' | 'uuid' | 'date' | 'timestamp' | 'json' | 'decimal' | 'time';

const MANAGED = ['date-created', 'date-updated', 'user-created', 'user-updated', 'role-created', 'role-updated'];
const UNKNOWN_UUID = '7f0c2a8e-1b2c-4d3e-8f90-0000000c0ded';
const OVERLONG = 'x'.repeat(300);

export interface SchemaFacts {
	relations: readonly LiveRelation[];
}

export function manyToOneOf(facts: SchemaFacts, f: LiveField): LiveRelation | undefined {
	return facts.relations.find((r) => r.collection === f.collection && r.field === f.field && r.related_collection);
}

function oneToManyOf(facts: SchemaFacts, f: LiveField): LiveRelation | undefined {
	return facts.relations.find((r) => r.related_collection === f.collection && r.meta?.one_field === f.field);
}

/** How the CRM treats a field, or null when the sweep has no probes for it (a coverage failure). */
export function kindOf(facts: SchemaFacts, f: LiveField): FieldKind | null {
	const special = f.meta?.special ?? [];
	if (special.some((s) => MANAGED.includes(s))) return 'managed';
	if (f.type === 'alias' && !oneToManyOf(facts, f)) return 'presentation';
	// A read-only list (a history the CRM writes) refuses every value, like a computed field.
	if (f.type === 'alias') return f.meta?.readonly ? 'computed' : 'to-many';
	if (f.schema?.is_primary_key) return 'primary-key';
	if (f.meta?.readonly) return 'computed';
	if (manyToOneOf(facts, f)) return 'link';
	const byType: Record<string, FieldKind> = { string: 'text', text: 'text', integer: 'integer', bigInteger: 'integer', boolean: 'boolean', uuid: 'uuid', date: 'date', timestamp: 'timestamp', dateTime: 'timestamp', json: 'json', decimal: 'decimal', float: 'decimal', time: 'time' };
	return byType[f.type] ?? null;
}

/** A field that may hold null: nullable in the database, not required in the Studio, not a junction key. */
export function isNullable(facts: SchemaFacts, f: LiveField): boolean {
	const junctionKey = facts.relations.some((r) => r.collection === f.collection && r.field === f.field && r.meta?.junction_field);
	return f.schema?.is_nullable !== false && !f.meta?.required && !junctionKey;
}

interface Bounds {
	min: number | null;
	max: number | null;
	pattern: string | null;
}

/** `_gte`/`_lte`/`_gt`/`_lt`/`_regex` on the field anywhere in its validation filter, but in a branch that only admits null. */
function boundsOf(f: LiveField, node: unknown = f.meta?.validation, b: Bounds = { min: null, max: null, pattern: null }): Bounds {
	if (typeof node !== 'object' || node === null) return b;
	for (const [key, value] of Object.entries(node)) {
		if ((key === '_and' || key === '_or') && Array.isArray(value)) for (const part of value) boundsOf(f, part, b);
		if (key !== f.field || typeof value !== 'object' || value === null) continue;
		const ops = value as Record<string, unknown>;
		if (typeof ops['_gte'] === 'number') b.min = ops['_gte'];
		if (typeof ops['_gt'] === 'number') b.min = ops['_gt'] + 1;
		if (typeof ops['_lte'] === 'number') b.max = ops['_lte'];
		if (typeof ops['_lt'] === 'number') b.max = ops['_lt'] - 1;
		if (typeof ops['_regex'] === 'string') b.pattern = ops['_regex'];
	}
	return b;
}

const refused = (code: string, field: string): Expectation => ({ answer: 'refused', code, field });

/** One value, the same answer on create and update. */
const both = (field: string, label: string, value: unknown, expectation: Expectation): Probe => ({ field, label, value, create: expectation, update: expectation });

const WRONG_TYPES: [string, unknown][] = [
	['object', { a: 1 }],
	['array', ['x']],
	['number', 42],
	['boolean', true],
];

function nullProbe(facts: SchemaFacts, f: LiveField): Probe {
	if (isNullable(facts, f)) return { field: f.field, label: 'null', value: null, create: null, update: { answer: 'accepted' } };
	return both(f.field, 'null', null, refused('CRM_REQUIRED_FIELD', f.field));
}

function textProbes(facts: SchemaFacts, f: LiveField): Probe[] {
	const { field } = f;
	const max = f.schema?.max_length ?? null;
	const choices = (f.meta?.options?.choices ?? []).map((c) => c.value);
	const { pattern } = boundsOf(f);
	const probes = WRONG_TYPES.map(([label, value]) => both(field, label, value, refused('CRM_INVALID_TYPE', field)));
	if (max) probes.push(both(field, 'overlong', 'x'.repeat(max + 1), refused('CRM_TOO_LONG', field)));
	if (choices.length) probes.push(both(field, 'unknown choice', 'definitely-not-a-choice', refused('CRM_INVALID_CHOICE', field)));
	if (pattern) {
		const misfit = ['!', 'not valid!', '0', 'zz'].find((c) => !new RegExp(pattern).test(c) && (!max || c.length <= max));
		if (misfit) probes.push(both(field, 'malformed', misfit, refused('CRM_INVALID_FORMAT', field)));
	}
	if (!isNullable(facts, f)) probes.push(both(field, 'blank', '   ', refused('CRM_REQUIRED_FIELD', field)));
	return probes;
}

function integerProbes(f: LiveField): Probe[] {
	const { field } = f;
	const { min, max } = boundsOf(f);
	const probes = [
		both(field, 'text', 'abc', refused('CRM_INVALID_TYPE', field)),
		both(field, 'fraction', 1.5, refused('CRM_INVALID_TYPE', field)),
		both(field, 'object', { a: 1 }, refused('CRM_INVALID_TYPE', field)),
		both(field, 'array', [1], refused('CRM_INVALID_TYPE', field)),
		both(field, 'boolean', true, refused('CRM_INVALID_TYPE', field)),
		both(field, '40 digits', '1234567890123456789012345678901234567890', refused('CRM_INVALID_TYPE', field)),
		both(field, 'overflow', f.type === 'integer' ? 2 ** 31 : '9223372036854775808', refused('CRM_OUT_OF_RANGE', field)),
	];
	if (min !== null) probes.push(both(field, 'below minimum', min - 1, refused('CRM_OUT_OF_RANGE', field)));
	if (max !== null) probes.push(both(field, 'above maximum', max + 1, refused('CRM_OUT_OF_RANGE', field)));
	return probes;
}

function dateProbes(f: LiveField, kind: 'date' | 'timestamp'): Probe[] {
	const values: [string, unknown][] = [
		['number', 42],
		['object', {}],
		['array', ['2026-01-01']],
		['word', 'soon'],
		['month 13', '2026-13-45'],
		kind === 'date' ? ['30 February', '2026-02-30'] : ['impossible time', '2026-02-30T25:61:00'],
	];
	return values.map(([label, value]) => both(f.field, label, value, refused('CRM_INVALID_TYPE', f.field)));
}

function linkProbes(facts: SchemaFacts, f: LiveField): Probe[] {
	const { field } = f;
	const invalid = (label: string, value: unknown) => both(field, label, value, refused('CRM_INVALID_TYPE', field));
	return [
		invalid('not a key', 'not-a-key'),
		invalid('number', 42),
		invalid('boolean', true),
		invalid('overlong', OVERLONG),
		invalid('array of objects', [{ a: 1 }]),
		both(field, 'nested object', { a: 1 }, refused('CRM_NESTED_WRITE_FORBIDDEN', field)),
		both(field, 'nested record with a key', { id: UNKNOWN_UUID, name: 'x' }, refused('CRM_NESTED_WRITE_FORBIDDEN', field)),
		both(field, 'unknown key', UNKNOWN_UUID, { answer: 'rejected' }),
		both(field, 'unknown key as { id }', { id: UNKNOWN_UUID }, { answer: 'rejected' }),
	];
}

function toManyProbes(f: LiveField): Probe[] {
	const { field } = f;
	const invalid = (label: string, value: unknown, at = field) => both(field, label, value, refused('CRM_INVALID_TYPE', at));
	return [
		invalid('text', 'x'),
		invalid('number', 42),
		invalid('object', { a: 1 }),
		invalid('null', null),
		invalid('list of numbers', [true], `${field}[0]`),
		both(field, 'list of objects', [{ a: 1 }], refused('CRM_INVALID_PAYLOAD', `${field}[0].a`)),
		both(field, 'unknown key', [UNKNOWN_UUID], { answer: 'rejected' }),
	];
}

/** A decimal (coordinates): anything but a number is refused, and so is a number out of its bounds. */
function decimalProbes(f: LiveField): Probe[] {
	const { field } = f;
	const { min, max } = boundsOf(f);
	const probes = [['text', 'abc'], ['object', { a: 1 }], ['array', ['x']], ['boolean', true]].map(([label, value]) => both(field, String(label), value, refused('CRM_INVALID_TYPE', field)));
	if (min !== null) probes.push(both(field, 'below minimum', min - 1, refused('CRM_OUT_OF_RANGE', field)));
	if (max !== null) probes.push(both(field, 'above maximum', max + 1, refused('CRM_OUT_OF_RANGE', field)));
	return probes;
}

/** Values nobody but the system may send: refused whatever they are. */
function readonlyProbes(f: LiveField, values: [string, unknown][]): Probe[] {
	return values.map(([label, value]) => both(f.field, label, value, refused('CRM_READONLY_FIELD', f.field)));
}

/** Every probe of one field, or null when the field's kind has none. */
export function probesFor(facts: SchemaFacts, f: LiveField): Probe[] | null {
	const kind = kindOf(facts, f);
	switch (kind) {
		case 'managed':
			return readonlyProbes(f, [['word', 'soon'], ['impossible time', '2026-02-30T25:61:00'], ['valid time', '2020-01-01T00:00:00Z'], ['uuid', UNKNOWN_UUID], ['object', { a: 1 }], ['null', null]]);
		case 'presentation':
			return readonlyProbes(f, [['text', 'x'], ['object', { a: 1 }]]);
		case 'computed':
			return readonlyProbes(f, [['text', 'x'], ['number', 1], ['null', null]]);
		case 'primary-key': {
			const wrong = f.type === 'uuid' ? 'not-a-uuid' : 'abc';
			return [
				{ field: f.field, label: 'malformed key', value: wrong, create: refused('CRM_INVALID_TYPE', f.field), update: refused('CRM_READONLY_FIELD', f.field) },
				{ field: f.field, label: 'object', value: { a: 1 }, create: refused('CRM_INVALID_TYPE', f.field), update: refused('CRM_READONLY_FIELD', f.field) },
			];
		}
		case 'to-many':
			return toManyProbes(f);
		case 'link':
			return [...linkProbes(facts, f), nullProbe(facts, f)];
		case 'text':
			return [...textProbes(facts, f), nullProbe(facts, f)];
		case 'integer':
			return [...integerProbes(f), nullProbe(facts, f)];
		case 'boolean':
			return [...[['text', 'maybe'], ['number', 2], ['object', {}], ['array', [true]]].map(([label, value]) => both(f.field, String(label), value, refused('CRM_INVALID_TYPE', f.field))), nullProbe(facts, f)];
		case 'uuid':
			return [...[['malformed', 'not-a-uuid'], ['number', 42], ['object', { a: 1 }], ['overlong', OVERLONG]].map(([label, value]) => both(f.field, String(label), value, refused('CRM_INVALID_TYPE', f.field))), nullProbe(facts, f)];
		case 'date':
		case 'timestamp':
			return [...dateProbes(f, kind), nullProbe(facts, f)];
		case 'decimal':
			// No null probe: coordinates come in pairs, so clearing one alone is refused (CRM_COORDINATES_INVALID).
			return decimalProbes(f);
		case 'time':
			return [...[['number', 42], ['object', {}], ['word', 'soon'], ['impossible time', '25:61']].map(([label, value]) => both(f.field, String(label), value, refused('CRM_INVALID_TYPE', f.field))), nullProbe(facts, f)];
		case 'json':
			return [both(f.field, 'number', 42, refused('CRM_INVALID_TYPE', f.field)), both(f.field, 'text that is not JSON', 'not json', refused('CRM_INVALID_TYPE', f.field)), nullProbe(facts, f)];
		case null:
			return null;
	}
}

/** The fields a create copies from an existing item: those a client may set. */
export function isTemplateField(facts: SchemaFacts, f: LiveField): boolean {
	const kind = kindOf(facts, f);
	return kind !== null && !['managed', 'presentation', 'to-many', 'primary-key', 'computed'].includes(kind);
}
