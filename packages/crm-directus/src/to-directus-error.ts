import type { CrmError } from '@crm/core';
import { httpStatusOf } from './http-status-of.ts';
import { createError } from '@directus/errors';

type ErrorClass = ReturnType<typeof createError<Record<string, unknown>>>;

const classes = new Map<string, ErrorClass>();

/** The one place where domain error codes become HTTP errors: `{ errors: [{ message, extensions: { code, field… } }] }`. */
export function toDirectusError(error: CrmError): Error {
	let Class = classes.get(error.code);

	if (!Class) {
		Class = createError<Record<string, unknown>>(error.code, error.code, httpStatusOf(error.code));
		classes.set(error.code, Class);
	}

	const directusError = new Class({ ...error.details });
	directusError.message = error.message;
	return directusError;
}
