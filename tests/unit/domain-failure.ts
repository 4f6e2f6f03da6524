/** The code and field of the CrmError `fn` throws, or null when it throws nothing: for tables of refusals. */
export function domainFailure(fn: () => unknown): [string, unknown] | null {
	try {
		fn();
	} catch (e) {
		const err = e as { code: string; details: Record<string, unknown> };
		return [err.code, err.details['field']];
	}
	return null;
}
