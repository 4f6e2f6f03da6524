import { isCrmError } from '@crm/core';
import { toDirectusError } from './to-directus-error.ts';

/** Runs `fn`; a CrmError leaves as the matching Directus error, anything else unchanged. */
export async function rethrowAsDirectusError<T>(fn: () => Promise<T> | T): Promise<T> {
	try {
		return await fn();
	} catch (error) {
		throw isCrmError(error) ? toDirectusError(error) : error;
	}
}
