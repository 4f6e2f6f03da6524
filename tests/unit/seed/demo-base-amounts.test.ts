import { describe, expect, test } from 'vitest';
import { generateDemoData } from '../../../scripts/seed/generate-demo-data.ts';

const data = generateDemoData({ scale: 0.2, now: new Date('2026-12-01T12:00:00Z') });

describe('demo orders carry their amounts in the base currency, as the pricing hook fixes them', () => {
	test('every order\'s lines add up to its net total in the base currency, and their costs to its cost', () => {
		const lines = new Map<string, (typeof data.crm_order_lines)[number][]>();
		for (const l of data.crm_order_lines) lines.set(l.order, [...(lines.get(l.order) ?? []), l]);
		for (const o of data.crm_orders) {
			const own = lines.get(o.id) ?? [];
			expect(own.reduce((s, l) => s + l.net_amount_base, 0), o.number).toBe(o.net_total_base);
			expect(own.reduce((s, l) => s + (l.cost_base ?? 0), 0), o.number).toBe(o.cost_total_base);
		}
	});

	test('an order in the base currency counts its net total as it is; one in another currency at its own rate', () => {
		const eur = data.crm_orders.filter((o) => o.currency === 'EUR' && o.net_total > 0);
		expect(eur.length).toBeGreaterThan(10);
		for (const o of eur) expect(o.net_total_base).toBe(o.net_total);
		for (const o of data.crm_orders.filter((x) => x.currency !== 'EUR' && x.gross_total > 0)) expect(o.net_total_base).toBe(Number((BigInt(o.net_total) * BigInt(o.gross_total_base)) / BigInt(o.gross_total)));
		expect(data.crm_orders.filter((o) => o.cost_total_base > 0).length).toBeGreaterThan(10);
	});
});
