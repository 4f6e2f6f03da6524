import { isObject, objectsOf, textOrNull } from '@crm/studio';

/** A customer the rules would move, or would move but may not (refused), with why. */
export interface AssignmentChange {
	customerId: string;
	customerName: string;
	outcome: 'change' | 'refused';
	fromName: string | null;
	toName: string | null;
	reason: string;
}

export interface AssignmentPreview {
	/** Customers the rules would move. */
	changes: number;
	/** The moves and the refusals; customers the rules leave as they are are not listed. */
	rows: AssignmentChange[];
}

/** A rep to choose in the "a rep leaves" form. */
export interface RepChoice {
	id: string;
	name: string;
	active: boolean;
}

/** The answer of POST /crm/assignment/preview, or null when it cannot be read. */
export function fromPreviewResponse(body: unknown): AssignmentPreview | null {
	const data = isObject(body) ? body['data'] : null;
	if (!isObject(data) || typeof data['changes'] !== 'number') return null;
	const rows = objectsOf(data['rows'])
		.filter((r) => r['outcome'] === 'change' || r['outcome'] === 'refused')
		.map((r): AssignmentChange => ({
			customerId: String(r['customer']),
			customerName: textOrNull(r['customer_name']) ?? String(r['customer']),
			outcome: r['outcome'] === 'change' ? 'change' : 'refused',
			fromName: textOrNull(r['from_name']),
			toName: textOrNull(r['to_name']),
			reason: textOrNull(r['reason']) ?? '',
		}));
	return { changes: data['changes'], rows };
}

/** The reps of GET /items/crm_sales_reps, by name. */
export function fromRepsResponse(body: unknown): RepChoice[] {
	const data = isObject(body) ? body['data'] : null;
	return objectsOf(data)
		.map((r) => ({ id: String(r['id']), name: textOrNull(r['name']) ?? String(r['id']), active: r['active'] !== false }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** "Moved 3 customers of Ben to Ann." */
export function movedText(moved: number, from: string, to: string): string {
	return `Moved ${moved} ${moved === 1 ? 'customer' : 'customers'} of ${from} to ${to}.`;
}

/** "Applied the rules: 2 customers moved." */
export function appliedText(changes: number): string {
	return changes === 0 ? 'The rules move no customer: every owner is as the rules say.' : `Applied the rules: ${changes} ${changes === 1 ? 'customer' : 'customers'} moved.`;
}
