import { CrmError } from '@crm/core';
import { isForbidden } from './if-permitted.ts';

/**
 * Runs the reads behind an answer about one customer. Directus' own 403 names the field or collection
 * the policy lacks, which tells a portal user how the CRM is built; a refusal here names only the
 * customer they asked for, and reads the same whether the customer is someone else's or does not exist.
 */
export async function readingCustomer<T>(id: string, read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (error) {
		if (isForbidden(error)) throw new CrmError('CRM_NOT_PERMITTED', `You cannot see customer "${id}", or it does not exist.`, { parameter: 'id' });
		throw error;
	}
}
