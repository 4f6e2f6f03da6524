/** What a part of the marketing panel says when its figures could not be loaded. */
import { apiErrorMessage } from '@crm/studio';

/** The HTTP status of a failed API call (axios shape), null when there was no answer. */
function statusOf(e: unknown): number | null {
	const status = (e as { response?: { status?: unknown } } | null)?.response?.status;
	return typeof status === 'number' ? status : null;
}

/**
 * `forbidden` when the caller may not read what the figures are made of (403): a sentence about the
 * permission reads better than Directus' "You don't have permission to access this."; otherwise
 * what the API said (see apiErrorMessage), `fallback` when it said nothing.
 */
export function failureMessage(e: unknown, forbidden: string, fallback: string): string {
	return statusOf(e) === 403 ? forbidden : apiErrorMessage(e, fallback);
}
