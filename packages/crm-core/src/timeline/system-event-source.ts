export type Row = Readonly<Record<string, unknown>>;

/**
 * A kind of record whose creation or changes are written to the customer's timeline as
 * `system` interactions. Later modules (orders, invoices, service requests…) add their own.
 */
export interface SystemEventSource {
	collection: string;
	/** Fields whose change is worth a timeline entry; others are ignored on update. */
	watchedFields: readonly string[];
	/** The customer a row belongs to. */
	customerOf: (row: Row) => string | null;
	/** The contact a row concerns, if any. */
	contactOf?: (row: Row) => string | null;
	describeCreate: (row: Row) => string | null;
	describeChange: (before: Row, after: Row) => string | null;
}
