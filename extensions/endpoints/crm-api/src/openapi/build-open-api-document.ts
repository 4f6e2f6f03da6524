import { type CrmErrorCode, type JsonSchema } from '@crm/core';
import { httpStatusOf } from '@crm/directus';
import type { ApiOperation, FileAnswer } from './api-operation.ts';

export const CRM_API_VERSION = '0.1.0';

/** Directus' own failures every authenticated route can give, by status. */
const DIRECTUS_ERRORS: Readonly<Record<number, readonly string[]>> = { 401: ['INVALID_CREDENTIALS', 'TOKEN_EXPIRED', 'INVALID_TOKEN'], 403: ['FORBIDDEN'] };

const STATUS_MEANING: Readonly<Record<number, string>> = {
	400: 'The request is malformed; `extensions.field` (body) or `extensions.parameter` (query) names what.',
	401: 'The token is wrong or expired.',
	403: "The caller's Directus permissions do not allow it (a record they may not read answers 403, as in Directus).",
	404: 'No such record: the path id is not a UUID, or the record is gone.',
	409: 'The request conflicts with the state of the data (status, stock, amounts); nothing was changed.',
	422: 'The request cannot be processed as sent (e.g. an Idempotency-Key reused with another body).',
	500: 'The stored data breaks an invariant.',
	503: 'The CRM schema of this project is not the version these extensions were built for.',
};

const FILE_TYPES: Readonly<Record<FileAnswer, { mediaType: string; schema: JsonSchema }>> = {
	csv: { mediaType: 'text/csv', schema: { type: 'string' } },
	pdf: { mediaType: 'application/pdf', schema: { type: 'string', contentMediaType: 'application/pdf' } },
	gif: { mediaType: 'image/gif', schema: { type: 'string', contentMediaType: 'image/gif' } },
	html: { mediaType: 'text/html', schema: { type: 'string' } },
};
const SUCCESS_MEANING: Readonly<Record<ApiOperation['status'], string>> = { 200: 'OK.', 201: 'Created.', 202: 'Accepted: the work goes on on the server.', 302: 'A redirect to the address in `Location`.' };

const DESCRIPTION = [
	'The CRM\'s own routes under `/crm`. Customers, contacts, products and other records are Directus items: create and read them with `/items/<collection>` (Directus serves their specification at `/server/specs/oas`).',
	'',
	'**Authentication**: send `Authorization: Bearer <token>`, either a static token set on a Directus user or the access token of `POST /auth/login`. Every route runs under that user\'s Directus permissions: it reads and writes only what their policies allow.',
	'',
	'**Idempotency**: the POST routes marked so take an `Idempotency-Key` header. A retry with the same key and body gets the first answer again, with the header `idempotent-replayed: true`; the same key with another body answers 422 CRM_IDEMPOTENCY_MISMATCH.',
	'',
	'**Errors** have Directus\' shape `{ "errors": [{ "message", "extensions": { "code", "field"?, "parameter"?, … } }] }`. CRM codes never change meaning.',
	'',
	'**Money** is whole minor units of the currency (12345 = 123.45 EUR) and quantities thousandths of a unit (2.5 = 2500). Stored columns read back through Directus may come as text on PostgreSQL.',
].join('\n');

const openApiPath = (path: string) => `/crm${path.replace(/:(\w+)/g, '{$1}')}`;

const operationId = (op: ApiOperation) =>
	op.method +
	op.path
		.replace(/[:.]/g, '/')
		.split(/[/-]/)
		.filter(Boolean)
		.map((part) => part[0]!.toUpperCase() + part.slice(1))
		.join('');

/** Directus' error envelope; each answer lists its codes in `x-error-codes` (the CRM's codes never change meaning). */
const ERROR_SCHEMA: JsonSchema = {
	type: 'object',
	required: ['errors'],
	properties: {
		errors: {
			type: 'array',
			minItems: 1,
			items: {
				type: 'object',
				required: ['message', 'extensions'],
				properties: {
					message: { type: 'string' },
					extensions: { type: 'object', required: ['code'], properties: { code: { type: 'string' }, field: { type: 'string', description: 'The body field at fault.' }, parameter: { type: 'string', description: 'The path or query parameter at fault.' } } },
				},
			},
		},
	},
};

/** The error answers by status, each listing the codes it may carry. */
function errorResponses(op: ApiOperation): Record<string, unknown> {
	const shared: CrmErrorCode[] = ['CRM_SCHEMA_UNSUPPORTED', ...(op.pathId !== undefined ? (['CRM_NOT_FOUND'] as const) : []), ...(op.idempotent ? (['CRM_INVALID_PAYLOAD', 'CRM_IDEMPOTENCY_MISMATCH', 'CRM_IDEMPOTENCY_IN_PROGRESS'] as const) : [])];
	const codes = op.public ? [...op.errors] : [...op.errors, ...shared];
	const byStatus = new Map<number, string[]>();
	const add = (status: number, code: string) => byStatus.set(status, [...new Set([...(byStatus.get(status) ?? []), code])]);
	for (const code of codes) add(httpStatusOf(code as CrmErrorCode), code);
	if (!op.public) for (const [status, list] of Object.entries(DIRECTUS_ERRORS)) for (const code of list) add(Number(status), code);
	return Object.fromEntries(
		[...byStatus.entries()].sort(([a], [b]) => a - b).map(([status, list]) => [String(status), { description: `${STATUS_MEANING[status] ?? 'Failure.'} Codes: ${list.join(', ')}.`, 'x-error-codes': list, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]),
	);
}

function successResponse(op: ApiOperation) {
	const content: Record<string, unknown> = {};
	if (op.answer !== null) content['application/json'] = { schema: op.answer };
	for (const file of op.files ?? []) content[FILE_TYPES[file].mediaType] = { schema: FILE_TYPES[file].schema };
	const headers = op.idempotent ? { 'idempotent-replayed': { description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.', schema: { type: 'string', enum: ['true'] } } } : undefined;
	if (op.status === 302) return { description: SUCCESS_MEANING[302], headers: { Location: { schema: { type: 'string', format: 'uri' } } } };
	return { description: SUCCESS_MEANING[op.status], ...(headers ? { headers } : {}), content };
}

function parametersOf(op: ApiOperation): unknown[] {
	const parameters: unknown[] = [];
	if (op.pathId !== undefined) parameters.push({ name: 'id', in: 'path', required: true, description: `${op.pathId} Its id, a UUID.`, schema: { type: 'string', format: 'uuid' } });
	if (op.pathToken !== undefined) parameters.push({ name: 'token', in: 'path', required: true, description: op.pathToken, schema: { type: 'string' } });
	for (const q of op.query ?? []) parameters.push({ name: q.name, in: 'query', required: q.required ?? false, description: q.description, schema: q.schema });
	if (op.idempotent) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
	return parameters;
}

function operationObject(op: ApiOperation): Record<string, unknown> {
	const parameters = parametersOf(op);
	return {
		operationId: operationId(op),
		tags: [op.tag],
		summary: op.summary,
		...(op.description !== undefined ? { description: op.description } : {}),
		...(op.public ? { security: [] } : {}),
		...(parameters.length > 0 ? { parameters } : {}),
		...(op.body !== undefined ? { requestBody: { required: !op.bodyOptional, content: { 'application/json': { schema: op.body } } } } : {}),
		responses: { [String(op.status)]: successResponse(op), ...errorResponses(op) },
	};
}

/** The OpenAPI 3.1 document of the `/crm` routes, from the same schemas their parsers read. */
export function buildOpenApiDocument(operations: readonly ApiOperation[]): Record<string, unknown> {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const op of operations) (paths[openApiPath(op.path)] ??= {})[op.method] = operationObject(op);
	return {
		openapi: '3.1.0',
		info: { title: 'Directus CRM API', version: CRM_API_VERSION, license: { name: 'MIT', identifier: 'MIT' }, description: DESCRIPTION },
		jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
		servers: [{ url: '/', description: 'The Directus instance the CRM is installed in.' }],
		security: [{ bearer: [] }],
		tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
		paths,
		components: {
			schemas: { Error: ERROR_SCHEMA },
			securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A static token of a Directus user, or an access token from POST /auth/login.' } },
			parameters: {
				IdempotencyKey: { name: 'Idempotency-Key', in: 'header', required: false, description: '1–255 visible ASCII characters, unique per intended write (a UUID will do). Retrying with the same key and body returns the first answer instead of writing again.', schema: { type: 'string', pattern: '^[!-~]{1,255}$' } },
			},
		},
	};
}
