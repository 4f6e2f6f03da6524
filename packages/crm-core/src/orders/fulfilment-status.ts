import { CrmError } from '../errors/crm-error.ts';
import { assertQuantityMilli } from './line-values.ts';
import type { OrderStatus } from './order-status.ts';

/** An order line's ordered and shipped quantities, in milli-units. */
export interface FulfilmentLine {
	quantityMilli: number;
	shippedMilli: number;
}

/** The order statuses that shipments decide. */
export type FulfilmentStatus = 'confirmed' | 'partially_shipped' | 'shipped';

const SHIPPABLE: readonly OrderStatus[] = ['confirmed', 'partially_shipped', 'shipped'];

/**
 * What the shipped quantities say about an order, without checking where it stands: nothing shipped
 * → confirmed, every line shipped in full → shipped, anything in between → partially_shipped.
 * Shipping more than ordered is refused (CRM_OVER_SHIPMENT) rather than counted as "shipped", since it
 * means stock left the warehouse that nobody will invoice.
 */
export function fulfilmentOfLines(lines: readonly FulfilmentLine[]): FulfilmentStatus {
	lines.forEach((line, i) => {
		assertQuantityMilli(line.quantityMilli, `lines[${i}].quantityMilli`);
		assertQuantityMilli(line.shippedMilli, `lines[${i}].shippedMilli`);
		if (line.shippedMilli > line.quantityMilli) {
			throw new CrmError('CRM_OVER_SHIPMENT', `Line ${i + 1} has shipped ${line.shippedMilli} of ${line.quantityMilli} milli-units ordered.`, {
				field: `lines[${i}].shippedMilli`,
				quantityMilli: line.quantityMilli,
				shippedMilli: line.shippedMilli,
			});
		}
	});
	if (lines.every((line) => line.shippedMilli === 0)) return 'confirmed';
	return lines.every((line) => line.shippedMilli === line.quantityMilli) ? 'shipped' : 'partially_shipped';
}

/**
 * The status an order takes after a shipment posts, from its lines' shipped quantities. Only orders
 * that can ship (confirmed, partially shipped, or shipped when a shipment is corrected) are accepted:
 * anything else is CRM_INVALID_TRANSITION, because a draft or cancelled order must never ship.
 * Pass the result to assertOrderTransition(current, result) before saving it.
 */
export function deriveFulfilmentStatus(input: { lines: readonly FulfilmentLine[]; current: OrderStatus }): FulfilmentStatus {
	if (!SHIPPABLE.includes(input.current)) {
		throw new CrmError('CRM_INVALID_TRANSITION', `A ${input.current} order cannot ship; only confirmed or partially shipped orders can.`, {
			field: 'status',
			from: input.current,
		});
	}
	return fulfilmentOfLines(input.lines);
}
