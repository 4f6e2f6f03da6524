// Public API of api-schema: the vocabulary request parsers and the API reference share.
export { basisPoints, currencyCode, dayOrInstant, fieldsOf, isoDay, type JsonSchema, listOf, milliUnits, minorUnits, objectOf, oneOf, partOf, text, uuid } from './schema-vocabulary.ts';
export type { QueryParameter } from './query-parameter.ts';
