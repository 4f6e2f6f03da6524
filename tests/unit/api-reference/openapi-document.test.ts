import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import endpoint from '../../../extensions/endpoints/crm-api/src/index.ts';
import { API_OPERATIONS } from '../../../extensions/endpoints/crm-api/src/openapi/api-operations.ts';
import { buildOpenApiDocument } from '../../../extensions/endpoints/crm-api/src/openapi/build-open-api-document.ts';
import { openApiJson } from '../../../extensions/endpoints/crm-api/src/openapi/open-api-json.ts';

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }>; requestBody?: { content: Record<string, { schema: unknown }> }; parameters?: { schema?: unknown }[] }>> };

/** The routes the endpoint really registers, read by running its handler against a recording router. */
function registeredRoutes(): string[] {
	const routes: string[] = [];
	const record = (method: string) => (path: string) => routes.push(`${method} /crm${path.replace(/:(\w+)/g, '{$1}')}`);
	const router = { get: record('get'), post: record('post'), put: record('put'), patch: record('patch'), delete: record('delete'), use: () => undefined };
	const context = { env: {}, services: {}, database: {}, getSchema: async () => ({}) };
	(endpoint as unknown as { handler: (r: unknown, c: unknown) => void }).handler(router, context);
	return routes.sort();
}

const document = buildOpenApiDocument(API_OPERATIONS) as unknown as Doc;
const documented = Object.entries(document.paths)
	.flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`))
	.sort();

describe('the API reference', () => {
	test('is a valid OpenAPI 3.1 document', async () => {
		const result = await new Validator().validate(buildOpenApiDocument(API_OPERATIONS));
		expect(result.errors ?? []).toEqual([]);
		expect(result.valid).toBe(true);
	});

	test('describes every route the endpoint registers, and no other', () => {
		expect(documented).toEqual(registeredRoutes());
		expect(documented.length).toBeGreaterThan(25);
	});

	test('every schema in it compiles as JSON Schema 2020-12', () => {
		const ajv = new Ajv2020({ strict: false, allErrors: true });
		addFormats(ajv);
		ajv.addSchema({ $id: 'crm-openapi', components: (document as unknown as { components: unknown }).components });
		const schemas = Object.values(document.paths).flatMap((item) =>
			Object.values(item).flatMap((op) => [
				...Object.values(op.requestBody?.content ?? {}).map((c) => c.schema),
				...(op.parameters ?? []).map((p) => p.schema).filter(Boolean),
				...Object.values(op.responses).flatMap((r) => Object.values(r.content ?? {}).map((c) => c.schema)),
			]),
		);
		for (const schema of schemas) expect(() => ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"crm-openapi#/components/')))).not.toThrow();
		// A minute, not vitest's five seconds: several hundred schemas compile one by one, and CI runs the lanes side by side on two cores.
	}, 60_000);

	test('docs/openapi.json is what the code generates (npm run docs:openapi writes it)', () => {
		expect(readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8')).toBe(openApiJson());
	});

	test('every POST that takes an Idempotency-Key says so, and answers with idempotent-replayed', () => {
		const idempotent = API_OPERATIONS.filter((o) => o.idempotent).map((o) => `${o.method} ${o.path}`).sort();
		expect(idempotent).toEqual(['post /orders', 'post /payments', 'post /payments/:id/allocations', 'post /payments/:id/reversal', 'post /service/requests']);
	});
});
