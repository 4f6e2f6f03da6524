import { CrmError } from '../errors/crm-error.ts';
import { type FulfilmentLine, fulfilmentOfLines } from './fulfilment-status.ts';
import { isOrderStatus, type OrderStatus } from './order-status.ts';

/**
 * The allowed next statuses of each status. Cancelling stops at confirmed: once goods have left the
 * warehouse, undoing the order is a return and a credit note, not a cancellation. paid → closed is
 * separate so that a paid order can still receive its last documents (delivery proof, rebate) before
 * it is archived.
 */
const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
	draft: ['confirmed', 'cancelled'],
	confirmed: ['partially_shipped', 'shipped', 'cancelled'],
	partially_shipped: ['shipped'],
	shipped: ['invoiced'],
	invoiced: ['paid'],
	paid: ['closed'],
	closed: [],
	cancelled: [],
};

/** Facts that decide some transitions; when a fact is left out, its check is skipped. */
export interface OrderTransitionFacts {
	/** Ordered and shipped quantities per line: a move to partially_shipped or shipped must match them. */
	lines?: readonly FulfilmentLine[];
	/** What is still unpaid on the order, in minor units: a move to paid needs it to be 0. */
	openAmount?: number;
}

/** The statuses an order may move to next, for the UI's buttons; empty for closed and cancelled. */
export function nextOrderStatuses(status: OrderStatus): readonly OrderStatus[] {
	return ORDER_TRANSITIONS[status] ?? [];
}

function describeSteps(from: OrderStatus): string {
	const next = nextOrderStatuses(from);
	return next.length === 0 ? `"${from}" is final, no further steps are possible` : `allowed next steps: ${next.join(', ')}`;
}

/**
 * Throws CRM_INVALID_TRANSITION (409) unless an order may move from `from` to `to`; the message and
 * details.allowed name the allowed next steps.
 *
 * The one move to the same status that is accepted is partially_shipped → partially_shipped: a
 * second partial shipment posts without changing the status, and the shipment code can then call
 * this with deriveFulfilmentStatus's result without special cases. Any other "move" to the same
 * status is refused, because it would hide a caller that thinks something happened.
 */
export function assertOrderTransition(from: OrderStatus, to: OrderStatus, facts: OrderTransitionFacts = {}): void {
	if (!isOrderStatus(from) || !isOrderStatus(to)) {
		throw new CrmError('CRM_INVALID_CHOICE', `"${String(isOrderStatus(from) ? to : from)}" is not an order status.`, { field: 'status' });
	}
	const allowed = nextOrderStatuses(from);
	const isNoOpShipment = from === 'partially_shipped' && to === 'partially_shipped';
	if (!allowed.includes(to) && !isNoOpShipment) {
		throw new CrmError('CRM_INVALID_TRANSITION', `An order cannot go from "${from}" to "${to}"; ${describeSteps(from)}.`, { field: 'status', from, to, allowed });
	}

	if ((to === 'partially_shipped' || to === 'shipped') && facts.lines !== undefined) {
		const shipped = fulfilmentOfLines(facts.lines);
		if (shipped !== to) {
			throw new CrmError('CRM_INVALID_TRANSITION', `The order's shipped quantities make it "${shipped}", not "${to}".`, { field: 'status', from, to, allowed, derived: shipped });
		}
	}
	if (to === 'paid' && facts.openAmount !== undefined && facts.openAmount !== 0) {
		throw new CrmError('CRM_INVALID_TRANSITION', `The order still has ${facts.openAmount} minor units open; it is paid when nothing is open.`, {
			field: 'status',
			from,
			to,
			allowed,
			openAmount: facts.openAmount,
		});
	}
}
