import { describe, expect, test } from 'vitest';
import { classChangeText, classChips, contentLink, formatDay, formatMinutes, humanize, money, monthBars, type SalesBlock, slaText, slaTone } from '../../../extensions/interfaces/crm-customer-overview/src/overview-view.ts';

describe('the customer card in the Studio', () => {
	test('money is formatted in its currency; a missing amount is a dash', () => {
		expect([money(123_456, 'EUR'), money(1_235, 'JPY'), money(null, 'EUR'), money(undefined, null)]).toStrictEqual(['1,234.56 EUR', '1,235 JPY', '—', '—']);
	});

	test('days read as days, statuses as words, records link to their Studio page', () => {
		expect([formatDay('2026-02-05', 'en-GB'), formatDay(null), humanize('partially_shipped'), humanize(null), contentLink('crm_orders', 'a b')]).toStrictEqual(['5 Feb 2026', '—', 'Partially shipped', '—', '/content/crm_orders/a%20b']);
	});

	test.each([
		[{ state: 'ok', target: 'response', due_at: 'x', minutes_left: 90 }, 'response due in 1 h 30 min', 'success'],
		[{ state: 'breached', target: 'resolution', due_at: 'x', minutes_left: -3000 }, 'resolution 2 d 2 h overdue', 'danger'],
		[{ state: 'warning', target: 'response', due_at: 'x', minutes_left: 12 }, 'response due in 12 min', 'warning'],
		[{ state: 'paused', target: 'resolution', due_at: 'x', minutes_left: null }, 'SLA paused', 'muted'],
		[{ state: 'none', target: null, due_at: null, minutes_left: null }, 'No SLA', 'muted'],
	] as const)('an SLA %j reads "%s" in %s', (sla, text, tone) => {
		expect([slaText(sla), slaTone(sla.state)]).toStrictEqual([text, tone]);
	});

	test('minutes read in days, hours and minutes', () => {
		expect([formatMinutes(0), formatMinutes(59), formatMinutes(61), formatMinutes(-1440)]).toStrictEqual(['0 min', '59 min', '1 h 1 min', '1 d 0 h']);
	});

	test('the months become bars scaled to the best month, a small month still visible, an empty one flat', () => {
		const sales = { currency: 'EUR', months: [{ month: '2025-12', revenue: 0, orders: 0 }, { month: '2026-01', revenue: 100_000, orders: 2 }, { month: '2026-02', revenue: 1_000, orders: 1 }] } as SalesBlock;
		expect(monthBars(sales, 'en-GB')).toStrictEqual([
			{ month: '2025-12', label: 'Dec 25', height: 0, title: 'Dec 2025: 0.00 EUR · 0 orders' },
			{ month: '2026-01', label: 'Jan 26', height: 100, title: 'Jan 2026: 1,000.00 EUR · 2 orders' },
			{ month: '2026-02', label: 'Feb', height: 2, title: 'Feb 2026: 10.00 EUR · 1 order' },
		]);
	});

	test('classes become chips (RFM spelt out), and a move names what changed', () => {
		const classes = { abc_revenue: 'A', abc_margin: null, xyz: 'Z', rfm: '545', revenue_base: null, margin_base: null, classified_at: null, rule: null };
		expect(classChips(classes)).toStrictEqual([
			{ key: 'abc_revenue', label: 'Revenue', value: 'A' },
			{ key: 'xyz', label: 'Steadiness', value: 'Z' },
			{ key: 'rfm', label: 'RFM', value: 'R5 F4 M5' },
		]);
		const change = { id: 'c', changed_at: null, run: null, from: { abc_revenue: 'B', xyz: 'X', status: 'active' }, to: { abc_revenue: 'A', xyz: 'X', status: 'key' }, rule: null, revenue_base: null, margin_base: null };
		expect(classChangeText(change)).toBe('Revenue B → A, Status active → key');
	});
});
