/** What the panel says after "Classify now": what the run did, or why it did not run. */
import { apiErrorMessage, groupThousands } from '@crm/studio';
import { int, isObject } from './read-answer.ts';

export const RUN_FAILED = 'The classification could not be run.';

/** "Classified 1,234 customers; 56 changed." from `{ data: { run, customers, changed, … } }`. */
export function runOutcome(body: unknown): string {
	const data = isObject(body) && isObject(body['data']) ? body['data'] : {};
	const customers = int(data['customers']);
	return `Classified ${groupThousands(String(customers))} ${customers === 1 ? 'customer' : 'customers'}; ${groupThousands(String(int(data['changed'])))} changed.`;
}

/** The API's own message (a role that may not run it, a run already going), else RUN_FAILED. */
export function runFailure(e: unknown): string {
	return apiErrorMessage(e, RUN_FAILED);
}
