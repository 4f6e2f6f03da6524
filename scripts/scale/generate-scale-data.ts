/**
 * A CRM at size, for benchmarks and for trying the module with a realistic volume: by default 50,000
 * customers, 250,000 orders over the last 24 months with about 1,000,000 lines, 80,000 proposals and
 * 2,000,000 interactions, with regions, channels, customer groups, 50 reps in 8 teams, a 3-level product
 * tree of 60 groups and 5,000 products (a tenth priced in a foreign currency, with monthly rates).
 *
 * Deterministic: one (seed, now, sizes) always gives the same rows. Everything is written in one transaction
 * (a failure leaves the database as it was) in bulk, past the Directus API and its hooks; the amounts the
 * hooks would compute are computed here with the same crm-core functions (computeDocumentTotals,
 * documentHeaderTotals, orderBaseAmounts). Refuses a CRM that already holds customers.
 *
 * Not generated: shipments, invoices, credit notes, payments and the ledger (orders carry the shipped and
 * invoiced quantities their status implies), campaigns, service requests, price lists and discount rules.
 */
import type { Knex } from 'knex';
import { createRng, type Rng } from '../seed/random.ts';
import { createBulkWriter, type TableStats } from './bulk-writer.ts';
import { generateCustomers } from './scale-customers.ts';
import { buildOrders, buildQuotes, planDocuments, type Reservations } from './scale-documents.ts';
import { generateInteractions } from './scale-interactions.ts';
import { DAY, generateStructure, monthlyRates, type ScaleClock } from './scale-structure.ts';

export interface ScaleOptions {
	customers?: number;
	orders?: number;
	/** Mean lines per order (each order has 1 … 2 × mean − 1). */
	linesPerOrder?: number;
	interactions?: number;
	/** Proposals; 45 % of them accepted into orders. Default: 32 % of the orders. */
	quotes?: number;
	products?: number;
	seed?: number;
	/** The end of the history; default the current time (whole seconds). */
	now?: Date | string | number;
	baseCurrency?: string;
	/** Progress lines; silent when not given. */
	log?: (line: string) => void;
}

export interface ScaleResult {
	/** Rows and database seconds per table, in the order they were first written. */
	tables: Map<string, TableStats>;
	seconds: number;
}

/** The CRM is not empty (or not installed): nothing was written. */
export class ScaleDataRefused extends Error {}

export const SCALE_DEFAULTS = { customers: 50_000, orders: 250_000, linesPerOrder: 4, interactions: 2_000_000, products: 5_000, seed: 20261207 } as const;

const ORDER_CHUNK = 2_000;
const INTERACTION_BATCH = 5_000;

const grouped = (n: number) => n.toLocaleString('en-US');

export async function generateScaleData(knex: Knex, options: ScaleOptions = {}): Promise<ScaleResult> {
	const sizes = {
		customers: options.customers ?? SCALE_DEFAULTS.customers,
		orders: options.orders ?? SCALE_DEFAULTS.orders,
		linesPerOrder: options.linesPerOrder ?? SCALE_DEFAULTS.linesPerOrder,
		interactions: options.interactions ?? SCALE_DEFAULTS.interactions,
		products: options.products ?? SCALE_DEFAULTS.products,
	};
	const quotes = options.quotes ?? Math.round(sizes.orders * 0.32);
	for (const [name, value] of Object.entries({ ...sizes, quotes })) {
		if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, got ${value}`);
	}
	if (sizes.customers < 1 || sizes.products < 1 || sizes.linesPerOrder < 1) throw new Error('customers, products and lines per order must be at least 1');
	const seed = options.seed ?? SCALE_DEFAULTS.seed;
	const nowMs = Math.floor(new Date(options.now ?? Date.now()).getTime() / 1000) * 1000;
	if (Number.isNaN(nowMs)) throw new Error(`invalid now: ${String(options.now)}`);
	const log = options.log ?? (() => undefined);
	const started = performance.now();
	const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

	if (!(await knex.schema.hasTable('crm_customers'))) throw new ScaleDataRefused('The CRM schema is not installed in this database: run `npm start` once (CRM_SEED_SCALE=0 for no demo data), then run this again.');

	const writer = await knex.transaction(async (trx) => {
		if (await trx('crm_customers').first('id')) throw new ScaleDataRefused('The CRM already holds customers: the scale data goes only into an empty CRM (start with CRM_SEED_SCALE=0 on a new database).');
		const w = createBulkWriter(trx);
		const base = options.baseCurrency ?? 'EUR';
		const foreign = base === 'USD' ? 'EUR' : 'USD';
		const startMs = nowMs - 730 * DAY;
		const rates = monthlyRates(createRng(seed ^ 0x5ca1e001), { startMs, nowMs, foreign }, foreign === 'USD' ? 0.92 : 1.08);
		const first = rates.rows[0]!['rate'] as string;
		const clock: ScaleClock = { nowMs, startMs, base, foreign, rateOn: (currency, day) => (currency === base ? '1' : (rates.byMonth.get(day.slice(0, 7)) ?? first)) };

		const structure = generateStructure(createRng(seed ^ 0x5ca1e002), clock, sizes.products);
		for (const [table, rows] of Object.entries(structure.rows)) await w.insert(table, rows);
		await w.insert('crm_exchange_rates', rates.rows);
		const customerData = generateCustomers(createRng(seed ^ 0x5ca1e003), clock, structure, sizes.customers);
		for (const [table, rows] of Object.entries(customerData.rows)) await w.insert(table, rows);
		await w.flush();
		log(`sales structure, ${grouped(sizes.products)} products, ${grouped(sizes.customers)} customers with contacts and groups (${elapsed()})`);

		const plans = planDocuments(createRng(seed ^ 0x5ca1e004), clock, structure, customerData.customers, { orders: sizes.orders, quotes, linesPerOrder: sizes.linesPerOrder });
		log(`planned ${grouped(plans.orders.length)} orders and ${grouped(plans.quotes.length)} open, rejected or expired proposals (${elapsed()})`);

		const lineRng = createRng(seed ^ 0x5ca1e005);
		const reserved: Reservations = new Map();
		let nextReport = 0.1;
		for (let i = 0; i < plans.orders.length; i += ORDER_CHUNK) {
			const batch = buildOrders(lineRng, clock, structure, plans.orders.slice(i, i + ORDER_CHUNK), reserved);
			if (batch.quotes.length) await w.insert('crm_quotes', batch.quotes);
			if (batch.quoteLines.length) await w.insert('crm_quote_lines', batch.quoteLines);
			await w.insert('crm_orders', batch.orders);
			await w.insert('crm_order_lines', batch.orderLines);
			const done = Math.min(plans.orders.length, i + ORDER_CHUNK);
			if (done / plans.orders.length >= nextReport || done === plans.orders.length) {
				log(`orders: ${grouped(done)} of ${grouped(plans.orders.length)} (${elapsed()})`);
				nextReport = Math.floor((done / plans.orders.length) * 10 + 1) / 10;
			}
		}
		const quoteRng = createRng(seed ^ 0x5ca1e006);
		for (let i = 0; i < plans.quotes.length; i += ORDER_CHUNK) {
			const batch = buildQuotes(quoteRng, clock, structure, plans.quotes.slice(i, i + ORDER_CHUNK));
			await w.insert('crm_quotes', batch.quotes);
			await w.insert('crm_quote_lines', batch.quoteLines);
		}
		await w.flush();
		log(`proposals: ${grouped(quotes)} (${elapsed()})`);

		// Each accepted proposal names its order (the two reference each other: set once both are in).
		await trx.raw(`update crm_quotes set "order" = (select o.id from crm_orders o where o.quote = crm_quotes.id) where status = 'accepted'`);
		const stockRng = createRng(seed ^ 0x5ca1e007);
		const stock = structure.products.filter((p) => p.kind === 'goods').flatMap((p) =>
			structure.warehouseIds.map((warehouse) => {
				const held = reserved.get(`${p.id}|${warehouse}`) ?? 0;
				return { id: stockRng.uuid(), product: p.id, warehouse, on_hand_milli: held + stockRng.int(0, 400) * 1000, reserved_milli: held };
			}),
		);
		await w.insert('crm_stock_levels', stock);
		await writeCounters(trx, plans.counters, createRng(seed ^ 0x5ca1e009));

		const ordersOf = new Array<number>(customerData.customers.length).fill(0);
		const index = new Map(customerData.customers.map((c, i) => [c.id, i]));
		for (const o of plans.orders) ordersOf[index.get(o.customer.id)!]! += 1;
		let written = 0;
		nextReport = 0.1;
		for (const rows of generateInteractions(createRng(seed ^ 0x5ca1e008), nowMs, structure, customerData.customers, ordersOf, sizes.interactions, INTERACTION_BATCH)) {
			await w.insert('crm_interactions', rows);
			written += rows.length;
			if (written / sizes.interactions >= nextReport || written === sizes.interactions) {
				log(`interactions: ${grouped(written)} of ${grouped(sizes.interactions)} (${elapsed()})`);
				nextReport = Math.floor((written / sizes.interactions) * 10 + 1) / 10;
			}
		}
		await w.flush();
		log(`committing (${elapsed()})`);
		return w;
	});
	const analyzing = performance.now();
	await knex.raw('ANALYZE');
	log(`ANALYZE: ${((performance.now() - analyzing) / 1000).toFixed(1)} s (${elapsed()})`);
	return { tables: writer.stats, seconds: (performance.now() - started) / 1000 };
}

/** The series' counters, so that the next order or proposal taken through the CRM follows on without a gap. */
async function writeCounters(trx: Knex, counters: ReadonlyMap<string, number>, rng: Rng): Promise<void> {
	const existing = new Map(((await trx('crm_document_counters').select('counter_key', 'last_number')) as { counter_key: string; last_number: number | string }[]).map((r) => [r.counter_key, Number(r.last_number)]));
	for (const [key, last] of counters) {
		if (!existing.has(key)) await trx('crm_document_counters').insert({ id: rng.uuid(), counter_key: key, last_number: last });
		else if (existing.get(key)! < last) await trx('crm_document_counters').where('counter_key', key).update({ last_number: last });
	}
}

/** The rows and database seconds per table, as a table to print. */
export function describeScaleResult(result: ScaleResult): string[] {
	const width = Math.max(...[...result.tables.keys()].map((t) => t.length));
	const lines = [...result.tables].map(([table, s]) => `  ${table.padEnd(width)}  ${grouped(s.rows).padStart(10)} rows  ${s.seconds.toFixed(1).padStart(6)} s  ${grouped(Math.round(s.rows / Math.max(s.seconds, 0.001))).padStart(8)} rows/s`);
	const rows = [...result.tables.values()].reduce((a, s) => a + s.rows, 0);
	return [...lines, `  ${'total'.padEnd(width)}  ${grouped(rows).padStart(10)} rows in ${result.seconds.toFixed(1)} s`];
}

