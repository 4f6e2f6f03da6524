/**
 * The small JSON Schema (2020-12, as OpenAPI 3.1 uses it) vocabulary the CRM's request parsers are
 * described in. A parser takes its field names from its schema (`fieldsOf`), and the API reference
 * publishes the same schema, so a field cannot be accepted without being documented or the other way
 * round; tests/unit/api-reference checks that each parser accepts and refuses what its schema says.
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

const described = (schema: JsonSchema, description?: string): JsonSchema => (description === undefined ? schema : { ...schema, description });

export const uuid = (description?: string): JsonSchema => described({ type: 'string', format: 'uuid', pattern: UUID_PATTERN }, description);

export const isoDay = (description?: string): JsonSchema => described({ type: 'string', format: 'date' }, description);

/** A date or an ISO 8601 date-time, as the timeline's bounds take. */
export const dayOrInstant = (description?: string): JsonSchema => described({ type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] }, description);

/** Money is always whole minor units (12345 = 123.45 in a currency with two decimals). */
export const minorUnits = (description?: string): JsonSchema => described({ type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER }, description ?? 'Whole minor units of the currency, above zero (12345 = 123.45).');

/** Quantities are thousandths of a unit (2.5 units = 2500). */
export const milliUnits = (description?: string): JsonSchema => described({ type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER }, description ?? 'Thousandths of a unit, above zero (2.5 units = 2500).');

export const basisPoints = (description?: string): JsonSchema => described({ type: 'integer', minimum: 0, maximum: 10_000 }, description ?? 'Basis points, 0 to 10000 (5 % = 500).');

export const currencyCode = (description?: string): JsonSchema => described({ type: 'string', pattern: '^[A-Z]{3}$' }, description ?? 'ISO 4217 code such as EUR.');

export const text = (options: { maxLength?: number; description?: string } = {}): JsonSchema =>
	described({ type: 'string', ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}) }, options.description);

export const oneOf = (choices: readonly string[], description?: string): JsonSchema => described({ type: 'string', enum: [...choices] }, description);

export const listOf = (items: JsonSchema, options: { minItems?: number; maxItems?: number; description?: string } = {}): JsonSchema =>
	described({ type: 'array', items, ...(options.minItems !== undefined ? { minItems: options.minItems } : {}), ...(options.maxItems !== undefined ? { maxItems: options.maxItems } : {}) }, options.description);

/** An object that takes exactly these properties; `required` lists those that must be there. */
export const objectOf = (properties: Readonly<Record<string, JsonSchema>>, required: readonly string[] = [], description?: string): JsonSchema =>
	described({ type: 'object', properties, ...(required.length > 0 ? { required: [...required] } : {}), additionalProperties: false }, description);

/** The property names of an objectOf schema: the fields a parser allows. */
export function fieldsOf(schema: JsonSchema): readonly string[] {
	return Object.keys((schema['properties'] ?? {}) as Record<string, unknown>);
}

/** The schema of an array's items or of one property of an object. */
export function partOf(schema: JsonSchema, property?: string): JsonSchema {
	const inner = property === undefined ? schema['items'] : (schema['properties'] as Record<string, JsonSchema> | undefined)?.[property];
	if (inner === undefined) throw new Error(`The schema has no ${property === undefined ? 'items' : `property "${property}"`}.`);
	return inner as JsonSchema;
}
