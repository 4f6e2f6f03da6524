/** Numbers like 'R-9' and 'R-10' sort as people read them, the same in every engine's 'en' collation. */
const NUMBER_ORDER = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

export interface DueOrdered {
	key: string;
	number: string;
	dueDate: string;
}

/**
 * Oldest due first, then by document number, then by key: the order in which a payment settles
 * invoices when the customer did not say which ones (and in which open items are listed).
 */
export function compareDueOrder(a: DueOrdered, b: DueOrdered): number {
	if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
	const byNumber = NUMBER_ORDER.compare(a.number, b.number);
	if (byNumber !== 0) return byNumber;
	if (a.key === b.key) return 0;
	return a.key < b.key ? -1 : 1;
}
