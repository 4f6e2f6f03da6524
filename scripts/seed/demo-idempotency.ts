// One order that came in through the order API with an Idempotency-Key, and the key row that remembers it.
import type { Uuid } from './demo-rows.ts';
import { iso } from './moments.ts';
import type { OrdersToCash } from './orders-to-cash-context.ts';
import type { IdempotencyKeyRow, OrderRow } from './orders-to-cash-rows.ts';

export function demoIdempotencyKeys(otc: OrdersToCash, orderRows: readonly OrderRow[], createdOfOrder: ReadonlyMap<Uuid, number>): IdempotencyKeyRow[] {
	const { rng, nowMs } = otc;
	const apiOrder = orderRows.filter((o) => o.status !== 'draft' && o.quote === null && createdOfOrder.get(o.id)! < nowMs - 3 * 24 * 3_600_000);
	if (apiOrder.length === 0) return [];
	const order = rng.pick(apiOrder);
	const createdMs = createdOfOrder.get(order.id)!;
	const key = `shop-${rng.digits(10)}`;
	const hash = Array.from({ length: 8 }, () => rng.int(0, 0xffff_ffff).toString(16).padStart(8, '0')).join('');
	order.notes = `Received through the order API (Idempotency-Key ${key}).`;
	return [
		{
			id: rng.uuid(),
			lookup: `orders:${rng.uuid()}:${key}`,
			scope: 'orders',
			idem_key: key,
			request_hash: hash,
			status_code: 201,
			response: { data: { id: order.id } },
			expires_at: iso(createdMs + 24 * 3_600_000),
			date_created: iso(createdMs),
			user_created: null,
		},
	];
}
