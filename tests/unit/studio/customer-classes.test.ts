import { describe, expect, it } from 'vitest';
import { cellShade } from '../../../extensions/panels/crm-customer-classes/src/cell-shade.ts';
import { classLabel, classMove } from '../../../extensions/panels/crm-customer-classes/src/class-label.ts';
import { classMatrix, revenueShare, TINT, tintOf } from '../../../extensions/panels/crm-customer-classes/src/class-matrix.ts';
import { type ClassesOverview, fromOverviewResponse, type MatrixCell } from '../../../extensions/panels/crm-customer-classes/src/classes-overview.ts';
import { compactMoney } from '../../../extensions/panels/crm-customer-classes/src/compact-money.ts';
import { localDateTime } from '../../../extensions/panels/crm-customer-classes/src/local-date-time.ts';
import { movedRows, movementRows } from '../../../extensions/panels/crm-customer-classes/src/movement-rows.ts';
import { parseTimestamp } from '../../../extensions/panels/crm-customer-classes/src/parse-timestamp.ts';
import { relativeTime } from '../../../extensions/panels/crm-customer-classes/src/relative-time.ts';
import { RUN_FAILED, runFailure, runOutcome } from '../../../extensions/panels/crm-customer-classes/src/run-outcome.ts';
import { runSummary } from '../../../extensions/panels/crm-customer-classes/src/run-summary.ts';

const ACME = '11111111-1111-4111-8111-111111111111';
const BOLT = '22222222-2222-4222-8222-222222222222';

const answer = {
	data: {
		base_currency: 'EUR',
		last_run: { id: 'r1', trigger: 'schedule', started_at: '2026-05-12T02:59:30.000Z', finished_at: '2026-05-12T03:00:00.000Z', customers: '1234', changed: 56, window_from: '2025-06-01', window_to: '2026-05-31' },
		matrix: [
			{ abc: 'A', xyz: 'X', customers: 10, revenue_base: '60000000' },
			{ abc: 'A', xyz: 'Z', customers: 2, revenue_base: 20_000_000 },
			{ abc: 'B', xyz: 'Y', customers: 30, revenue_base: 15_000_000 },
			{ abc: 'C', xyz: null, customers: 50, revenue_base: 5_000_000 },
			{ abc: 'C', xyz: 'Z', customers: 8, revenue_base: 0 },
		],
		movements: [
			{ from: 'A', to: 'B', customers: 3 },
			{ from: 'C', to: 'B', customers: 12 },
			{ from: null, to: 'C', customers: 3 },
			{ from: 'B', to: 'A', customers: 3 },
		],
		moved: [
			{ customer: ACME, name: 'Acme Tools GmbH', from_abc: 'A', to_abc: 'B', from_xyz: 'X', to_xyz: 'Z', to_category: 'Key account', revenue_base: '1234567' },
			{ customer: BOLT, name: 'Bolt & Nut KG', from_abc: null, to_abc: 'C', from_xyz: 'Y', to_xyz: 'Y', to_category: null, revenue_base: 99 },
			{ name: 'without an id' },
		],
	},
};

const overview = fromOverviewResponse(answer)!;

describe('reading GET /crm/classification/overview', () => {
	it('reads the run, the cells, the moves and the moved customers; amounts sent as text become numbers', () => {
		expect(overview.currency).toBe('EUR');
		expect(overview.lastRun).toEqual({ id: 'r1', trigger: 'schedule', startedAt: '2026-05-12T02:59:30.000Z', finishedAt: '2026-05-12T03:00:00.000Z', customers: 1234, changed: 56, windowFrom: '2025-06-01', windowTo: '2026-05-31' });
		expect(overview.matrix[0]).toEqual({ abc: 'A', xyz: 'X', customers: 10, revenue: 60_000_000 });
		expect(overview.matrix[3]).toEqual({ abc: 'C', xyz: null, customers: 50, revenue: 5_000_000 });
		expect(overview.movements[2]).toEqual({ from: null, to: 'C', customers: 3 });
		expect(overview.moved).toEqual([
			{ id: ACME, name: 'Acme Tools GmbH', fromAbc: 'A', toAbc: 'B', fromXyz: 'X', toXyz: 'Z', toCategory: 'Key account', revenue: 1_234_567 },
			{ id: BOLT, name: 'Bolt & Nut KG', fromAbc: null, toAbc: 'C', fromXyz: 'Y', toXyz: 'Y', toCategory: null, revenue: 99 },
		]);
	});

	it.each([
		['no run yet', { data: { base_currency: 'EUR', last_run: null, matrix: [], movements: [], moved: [] } }, { lastRun: null, matrix: [] }],
		['an unknown class is no class', { data: { base_currency: 'EUR', last_run: null, matrix: [{ abc: 'D', xyz: 'x', customers: 1, revenue_base: 5 }] } }, { matrix: [{ abc: null, xyz: null, customers: 1, revenue: 5 }], movements: [], moved: [] }],
	])('%s', (_case, body, expected) => {
		expect(fromOverviewResponse(body)).toMatchObject(expected as Partial<ClassesOverview>);
	});

	it.each([[{ errors: [] }], [{ data: { last_run: null } }], [{ data: { base_currency: 'euro' } }], [null]])('is null for an answer of another shape: %j', (body) => {
		expect(fromOverviewResponse(body)).toBeNull();
	});
});

describe('the ABC × XYZ matrix', () => {
	const matrix = classMatrix(overview.matrix, 'EUR');
	const counts = (cells: { customers: number }[]) => cells.map((c) => c.customers);

	it('has rows A, B, C and columns X, Y, Z, — with the customers of each cell, and totals', () => {
		expect(matrix.columns.map((c) => [c.label, c.hint])).toEqual([['X', 'steady'], ['Y', 'fluctuating'], ['Z', 'erratic'], ['—', 'too little history']]);
		expect(matrix.rows.map((r) => [r.label, r.hint, counts(r.cells), r.total.customers])).toEqual([
			['A', 'top revenue', [10, 0, 2, 0], 12],
			['B', 'middle', [0, 30, 0, 0], 30],
			['C', 'long tail', [0, 0, 8, 50], 58],
		]);
		expect(counts(matrix.columnTotals)).toEqual([10, 30, 10, 50]);
		expect(matrix.total).toMatchObject({ customers: 100, revenue: 100_000_000, compact: '1M EUR', title: 'All customers: 100 customers · 1,000,000.00 EUR · 100 % of revenue' });
	});

	it('gives each total its share of revenue, and each cell its revenue compact with the exact amount in its title', () => {
		expect(matrix.rows.map((r) => [r.total.compact, r.total.share])).toEqual([['800k EUR', '80 %'], ['150k EUR', '15 %'], ['50k EUR', '5 %']]);
		expect(matrix.columnTotals.map((c) => c.share)).toEqual(['60 %', '15 %', '20 %', '5 %']);
		expect(matrix.rows[0]!.cells[0]).toMatchObject({ compact: '600k EUR', title: 'A · X: 10 customers · 600,000.00 EUR · 60 % of revenue' });
		expect(matrix.rows[2]!.cells[3]!.title).toBe('C · too little history: 50 customers · 50,000.00 EUR · 5 % of revenue');
		expect(matrix.rows[0]!.total.title).toBe('A (top revenue): 12 customers · 800,000.00 EUR · 80 % of revenue');
		expect(matrix.columnTotals[3]!.title).toBe('Too little history: 50 customers · 50,000.00 EUR · 5 % of revenue');
	});

	it('shades each cell by its revenue against the largest cell', () => {
		expect(matrix.rows.map((r) => r.cells.map((c) => c.tint))).toEqual([
			[60, 0, 24, 0],
			[0, 20, 0, 0],
			[0, 0, 0, 11],
		]);
	});

	it('has a row "—" only when some customers are not classified', () => {
		const cells: MatrixCell[] = [...overview.matrix, { abc: null, xyz: null, customers: 4, revenue: 0 }];
		const withNone = classMatrix(cells, 'EUR');
		expect(withNone.rows.map((r) => [r.label, r.hint, r.total.customers])).toEqual([['A', 'top revenue', 12], ['B', 'middle', 30], ['C', 'long tail', 58], ['—', 'not classified', 4]]);
		expect(withNone.rows[3]!.total.title).toBe('Not classified: 4 customers · 0.00 EUR · 0 % of revenue');
		expect(classMatrix([{ abc: null, xyz: 'X', customers: 0, revenue: 0 }], 'EUR').rows).toHaveLength(3);
	});

	it('has every cell at zero when nobody was classified, and no share to give', () => {
		const empty = classMatrix([], 'EUR');
		expect(empty.rows.flatMap((r) => r.cells.map((c) => [c.customers, c.tint]))).toEqual(Array(12).fill([0, 0]));
		expect(empty.total).toMatchObject({ customers: 0, share: '—', compact: '0 EUR', title: 'All customers: 0 customers · 0.00 EUR' });
	});

	it.each([
		[4523, 10_000, '45.2 %'],
		[1, 3, '33.3 %'],
		[2, 3, '66.7 %'],
		[0, 10, '0 %'],
		[5, 0, '—'],
		[-5, 100, '-5 %'],
	])('revenue %i of %i is %s', (revenue, total, expected) => {
		expect(revenueShare(revenue, total)).toBe(expected);
	});

	it.each([
		[100, 100, TINT.max],
		[50, 100, 33],
		[1, 100, 7],
		[0, 100, 0],
		[-20, 100, 0],
		[0, 0, 0],
	])('revenue %i against the largest %i is tinted %i %%', (revenue, largest, expected) => {
		expect(tintOf(revenue, largest)).toBe(expected);
	});

	it('paints a tint over the theme background, nothing for none', () => {
		expect(cellShade(24)).toEqual({ backgroundColor: 'color-mix(in srgb, var(--theme--primary) 24%, var(--theme--background))' });
		expect(cellShade(0)).toEqual({});
	});
});

describe('classes and amounts in words', () => {
	it.each([
		['A', 'A', 'A'],
		['A', 'B', 'A → B'],
		[null, 'C', '— → C'],
		['X', null, 'X → —'],
		[null, null, '—'],
	])('%s to %s reads "%s"', (from, to, expected) => {
		expect(classMove(from, to)).toBe(expected);
	});

	it('shows no class as —', () => {
		expect(classLabel(null)).toBe('—');
		expect(classLabel('Key account')).toBe('Key account');
	});

	it.each([
		[123_456_789, 'EUR', '1.2M EUR'],
		[1_234_500, 'EUR', '12.3k EUR'],
		[99_950, 'EUR', '999.5 EUR'],
		[-250_000, 'EUR', '-2.5k EUR'],
		[1_500_000, 'JPY', '1.5M JPY'],
		[0, 'EUR', '0 EUR'],
	])('%i minor units of %s are "%s" in short', (minor, currency, expected) => {
		expect(compactMoney(minor, currency)).toBe(expected);
	});
});

describe('the moves of the last run', () => {
	it('lists the moves between ABC classes, most customers first, then from the best class; up is a better class', () => {
		expect(movementRows(overview.movements)).toEqual([
			{ key: 'C-B', text: 'C → B', customers: 12, up: true },
			{ key: 'A-B', text: 'A → B', customers: 3, up: false },
			{ key: 'B-A', text: 'B → A', customers: 3, up: true },
			{ key: 'none-C', text: '— → C', customers: 3, up: true },
		]);
		expect(movementRows([{ from: 'A', to: 'A', customers: 5 }, { from: 'A', to: 'C', customers: 0 }])).toEqual([]);
	});

	it('names the customers who moved, links their page and shows their revenue as an amount', () => {
		expect(movedRows(overview.moved, 'EUR')).toEqual([
			{ id: ACME, name: 'Acme Tools GmbH', to: `/content/crm_customers/${ACME}`, abc: 'A → B', abcMoved: true, xyz: 'X → Z', xyzMoved: true, category: 'Key account', revenue: '12,345.67 EUR' },
			{ id: BOLT, name: 'Bolt & Nut KG', to: `/content/crm_customers/${BOLT}`, abc: '— → C', abcMoved: true, xyz: 'Y', xyzMoved: false, category: '—', revenue: '0.99 EUR' },
		]);
	});
});

describe('the last run in the header', () => {
	const now = new Date('2026-05-12T06:10:00.000Z');

	it.each([
		['2026-05-12T06:09:31Z', 'just now'],
		['2026-05-12T06:11:00Z', 'just now'],
		['2026-05-12T06:09:00Z', '1 minute ago'],
		['2026-05-12T05:15:00Z', '55 minutes ago'],
		['2026-05-12T05:10:00Z', '1 hour ago'],
		['2026-05-11T06:10:01Z', '23 hours ago'],
		['2026-05-11T06:10:00Z', '1 day ago'],
		['2026-03-14T06:10:00Z', '59 days ago'],
		['2026-03-13T06:10:00Z', '2 months ago'],
		['2025-05-13T06:10:00Z', '12 months ago'],
		['2025-05-12T06:10:00Z', '1 year ago'],
		['2023-05-12T06:10:00Z', '3 years ago'],
	])('%s was %s', (then, expected) => {
		expect(relativeTime(new Date(then), now)).toBe(expected);
	});

	it.each([
		['2026-05-12T03:00:00.000Z', Date.UTC(2026, 4, 12, 3)],
		['2026-05-12T05:00:00+02:00', Date.UTC(2026, 4, 12, 3)],
		['2026-05-12 03:00:00', Date.UTC(2026, 4, 12, 3)],
		['2026-05-12T03:00:00', Date.UTC(2026, 4, 12, 3)],
	])('reads the timestamp %s', (text, expected) => {
		expect(parseTimestamp(text)?.getTime()).toBe(expected);
	});

	it('reads no timestamp from nothing or from text', () => {
		expect(parseTimestamp(null)).toBeNull();
		expect(parseTimestamp('soon')).toBeNull();
	});

	it('writes a moment in the browser time zone', () => {
		expect(localDateTime(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05 07:03');
	});

	it('says when the run finished, how it was started, what it looked at and how many it changed', () => {
		const summary = runSummary(overview.lastRun!, now);
		expect(summary).toEqual({
			when: 'Finished 3 hours ago',
			at: localDateTime(new Date('2026-05-12T03:00:00.000Z')),
			trigger: 'scheduled run',
			window: 'revenue of 2025-06-01 – 2026-05-31',
			customers: '1,234 customers classified',
			changed: '56 changed',
			details: ['scheduled run', 'revenue of 2025-06-01 – 2026-05-31', '1,234 customers classified', '56 changed'],
		});
	});

	it('says a run by hand, one still going, and one customer', () => {
		const run = { ...overview.lastRun!, trigger: 'manual' as const, finishedAt: null, customers: 1, changed: 0 };
		expect(runSummary(run, now)).toMatchObject({ when: 'Started 3 hours ago, not finished', trigger: 'started by hand', customers: '1 customer classified', changed: '0 changed' });
		expect(runSummary({ ...run, startedAt: null, windowFrom: '' }, now)).toMatchObject({ when: 'Finished', at: '', window: '', details: ['started by hand', '1 customer classified', '0 changed'] });
	});
});

describe('after "Classify now"', () => {
	it('says what the run did', () => {
		expect(runOutcome({ data: { run: 'r2', customers: 1234, changed: 7, window_from: '2025-06-01', window_to: '2026-05-31' } })).toBe('Classified 1,234 customers; 7 changed.');
		expect(runOutcome({ data: { customers: 1, changed: '0' } })).toBe('Classified 1 customer; 0 changed.');
	});

	it("shows the API's message when the run was refused, else a sentence of its own", () => {
		const refused = { response: { status: 403, data: { errors: [{ message: 'You may not run the classification.', extensions: { code: 'CRM_NOT_PERMITTED' } }] } } };
		const busy = { response: { status: 409, data: { errors: [{ message: 'A classification run is already going.', extensions: { code: 'CRM_CLASSIFICATION_RUNNING' } }] } } };
		expect(runFailure(refused)).toBe('You may not run the classification.');
		expect(runFailure(busy)).toBe('A classification run is already going.');
		expect(runFailure(new Error('Network Error'))).toBe('Network Error');
		expect(runFailure({})).toBe(RUN_FAILED);
	});
});
