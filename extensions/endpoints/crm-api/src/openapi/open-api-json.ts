import { API_OPERATIONS } from './api-operations.ts';
import { buildOpenApiDocument } from './build-open-api-document.ts';

/** The document as docs/openapi.json holds it: the same bytes every time, so that a diff means a change. */
export function openApiJson(): string {
	return `${JSON.stringify(buildOpenApiDocument(API_OPERATIONS), null, '\t')}\n`;
}
