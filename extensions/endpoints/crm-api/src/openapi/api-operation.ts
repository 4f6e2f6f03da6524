import type { CrmErrorCode, JsonSchema, QueryParameter } from '@crm/core';

/** A file a route answers with instead of JSON. */
export type FileAnswer = 'csv' | 'pdf' | 'gif' | 'html';

/**
 * What the API reference says about one `/crm` route. Request bodies and query parameters are the
 * schemas crm-core's parsers read (never written twice); answers are described here, and the
 * integration test checks real answers against them.
 */
export interface ApiOperation {
	method: 'get' | 'post';
	/** As the router registers it (`/orders/:id/confirm`). */
	path: string;
	tag: string;
	summary: string;
	description?: string;
	/** Path parameters' meanings; `id` is always a UUID. */
	pathId?: string;
	/** The meaning of a `:token` path parameter (a signed link). */
	pathToken?: string;
	query?: readonly QueryParameter[];
	body?: JsonSchema;
	/** Whether the body may be left out (every field optional). */
	bodyOptional?: boolean;
	/** Takes an Idempotency-Key header: a retry with the same key and body gets the first answer again. */
	idempotent?: boolean;
	/** Public: answers without a token. */
	public?: boolean;
	/** 202: accepted, the work goes on on the server; 302: a redirect (`answer` null). */
	status: 200 | 201 | 202 | 302;
	/** The JSON answer (`{ data, meta? }`); null when the route only answers with a file. */
	answer: JsonSchema | null;
	/** Other answers the route can give on a query parameter (format=csv|pdf). */
	files?: readonly FileAnswer[];
	/** The CRM codes this route can answer with beyond those every route shares. */
	errors: readonly CrmErrorCode[];
}
