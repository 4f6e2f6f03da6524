/** Turns an HTTP failure (axios error with a Directus error body) into something to show. */

export interface ApiProblem {
	/** Every message of the response, in order, without duplicates. */
	messages: string[];
	/** `extensions.code` of the first error, if any. */
	code: string | null;
	/** Message per field, for errors that name `extensions.field`. The first message for a field wins. */
	fieldErrors: Record<string, string>;
	/** HTTP status, if there was a response. */
	status: number | null;
}

interface DirectusErrorItem {
	message?: unknown;
	extensions?: { code?: unknown; field?: unknown } | null;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

export function parseApiError(error: unknown, fallback = 'Something went wrong.'): ApiProblem {
	const problem: ApiProblem = { messages: [], code: null, fieldErrors: {}, status: null };

	const response = isObject(error) && isObject(error['response']) ? error['response'] : null;
	if (response && typeof response['status'] === 'number') problem.status = response['status'];

	const body = response ? response['data'] : null;
	const items = isObject(body) && Array.isArray(body['errors']) ? (body['errors'] as unknown[]) : [];

	for (const raw of items) {
		if (!isObject(raw)) continue;
		const item = raw as DirectusErrorItem;
		const message = typeof item.message === 'string' && item.message.trim() !== '' ? item.message : null;
		const extensions = isObject(item.extensions) ? item.extensions : null;
		const code = extensions && typeof extensions.code === 'string' ? extensions.code : null;
		const field = extensions && typeof extensions.field === 'string' ? extensions.field : null;

		if (problem.code === null && code !== null) problem.code = code;
		if (message !== null && !problem.messages.includes(message)) problem.messages.push(message);
		if (field !== null && message !== null && !Object.hasOwn(problem.fieldErrors, field)) problem.fieldErrors[field] = message;
	}

	if (problem.messages.length === 0) {
		if (isObject(error) && typeof error['message'] === 'string' && error['message'] !== '') problem.messages.push(error['message']);
		else if (typeof error === 'string' && error !== '') problem.messages.push(error);
		else problem.messages.push(fallback);
	}

	return problem;
}
