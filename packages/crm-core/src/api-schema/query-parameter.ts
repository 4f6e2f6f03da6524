import type { JsonSchema } from './schema-vocabulary.ts';

/** One query-string parameter a parser reads, as the API reference lists it. */
export interface QueryParameter {
	name: string;
	schema: JsonSchema;
	required?: boolean;
	description: string;
}
