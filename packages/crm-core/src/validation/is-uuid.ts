const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id of the CRM: a UUID, in either case. */
export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && UUID.test(value);
}
