import type { Router } from 'express';
import { API_OPERATIONS, OPENAPI_PATH } from './api-operations.ts';
import { buildOpenApiDocument } from './build-open-api-document.ts';

/** GET /crm/openapi.json — public, so that an integrator can read it before they have a token. */
export function registerOpenApiRoute(router: Router): void {
	const document = buildOpenApiDocument(API_OPERATIONS);
	router.get(OPENAPI_PATH, (_req, res) => {
		res.json(document);
	});
}
