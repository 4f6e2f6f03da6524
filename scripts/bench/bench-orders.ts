// npm run bench:orders — orders of 20 lines through REST with the CRM's hooks on, and the same rows
// with no CRM extensions loaded; then the customer-balance read over 10,000 ledger entries.
// Ends with: BENCH orders orders_per_s_hooks=… orders_per_s_plain=… ratio=… balance_p50_ms=…
import { randomUUID } from 'node:crypto';
import { AdminClient } from '../lib/admin-client.ts';
import { createBenchInstanceEnv } from '../lib/bench-instance.ts';
import { runDirectusCli, startDirectus } from '../lib/directus-process.ts';
import { buildExtensions } from '../lib/extensions-build.ts';
import { ROOT, SNAPSHOT_PATH } from '../lib/paths.ts';
import { prepareInstance } from '../lib/prepare-instance.ts';
import { createKnexFromEnv } from '../seed/knex-from-env.ts';

const ORDERS = Number(process.env['BENCH_ORDERS'] ?? 40);
// The machines are shared and noisy: alternate the two servers and report the median of each.
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const LINES = 20;
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 4);
const LEDGER_ENTRIES = 10_000;
const BALANCE_READS = 50;

/** A product as the REST API returns it with id, list_price and vat_rate_bp (bigint as text on PostgreSQL). */
interface BenchProductRow {
	id: string;
	list_price: number | string | null;
	vat_rate_bp: number | string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function instance(name: string, withCrm: boolean) {
	const { env, dir, remove } = await createBenchInstanceEnv(name, withCrm);
	if (withCrm) await prepareInstance({ env, dataDir: dir, seedScale: 0.05 });
	else {
		await runDirectusCli(['bootstrap'], env);
		await runDirectusCli(['schema', 'apply', '--yes', SNAPSHOT_PATH], env);
	}
	const directus = await startDirectus(env);
	const api = await AdminClient.login(directus.url, env['ADMIN_EMAIL']!, env['ADMIN_PASSWORD']!);
	return {
		api,
		env,
		stop: async () => {
			await directus.stop();
			await remove();
		},
	};
}

async function timeOrders(send: (i: number) => Promise<unknown>): Promise<number> {
	let next = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			while (next < ORDERS) await send(next++);
		}),
	);
	return ORDERS / ((performance.now() - started) / 1000);
}

await buildExtensions();
const [crm, plain] = [await instance('hooks', true), await instance('plain', false)];

try {
	const customer = (await crm.api.request<{ id: string }[]>('GET', '/items/crm_customers?filter[currency][_eq]=EUR&limit=1&fields=id'))[0]!.id;
	const products = await crm.api.request<BenchProductRow[]>('GET', `/items/crm_products?limit=${LINES}&fields=id,list_price,vat_rate_bp&sort=sku`);

	// Warm both servers up (schema caches, first queries) before timing.
	const warm = { customer, order_date: '2026-06-15', lines: products.slice(0, 2).map((p) => ({ product: p.id, quantity_milli: 1000 })) };
	await crm.api.request('POST', '/items/crm_orders', warm);

	// The same rows, with the values the hooks would compute supplied by the client instead.
	await plain.api.request('POST', '/items/crm_customers', { id: customer, name: 'Bench customer', currency: 'EUR', status: 'active', payment_terms_days: 30 });
	for (const p of products) await plain.api.request('POST', '/items/crm_products', { id: p.id, sku: `B-${p.id.slice(0, 8)}`, name: 'Bench product', kind: 'goods', unit: 'pcs', currency: 'EUR', vat_rate_bp: p.vat_rate_bp });
	let n = 0;
	const plainOrder = () => ({
		customer,
		number: `SO-2026-${String(++n).padStart(6, '0')}`,
		status: 'draft',
		currency: 'EUR',
		fx_rate: '1',
		order_date: '2026-06-15',
		net_total: 0,
		vat_total: 0,
		gross_total: 0,
		lines: products.map((p, i) => ({ product: p.id, quantity_milli: 1000 * (1 + (i % 5)), unit_price: p.list_price ?? 0, vat_rate_bp: p.vat_rate_bp, net_amount: 0, vat_amount: 0, gross_amount: 0 })),
	});
	await plain.api.request('POST', '/items/crm_orders', plainOrder());

	const hooksRates: number[] = [];
	const plainRates: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		hooksRates.push(await timeOrders(() => crm.api.request('POST', '/items/crm_orders', { customer, order_date: '2026-06-15', lines: products.map((p, i) => ({ product: p.id, quantity_milli: 1000 * (1 + (i % 5)) })) })));
		plainRates.push(await timeOrders(() => plain.api.request('POST', '/items/crm_orders', plainOrder())));
	}
	const hooksRate = median(hooksRates);
	const plainRate = median(plainRates);

	// A customer with 10,000 ledger entries: 5,000 invoices and 5,000 payments.
	const knex = createKnexFromEnv(crm.env, ROOT);
	const heavy = (await crm.api.request<{ id: string }>('POST', '/items/crm_customers', { name: 'Ledger-heavy GmbH', currency: 'EUR' })).id;
	const rows = Array.from({ length: LEDGER_ENTRIES }, (_, i) => ({
		id: randomUUID(),
		customer: heavy,
		entry_date: new Date(Date.UTC(2024, 0, 1 + (i % 700))),
		kind: i % 2 === 0 ? 'invoice' : 'payment',
		document_collection: i % 2 === 0 ? 'crm_invoices' : 'crm_payments',
		document_key: randomUUID(),
		invoice: null,
		amount: i % 2 === 0 ? 10_000 : -9_000,
		currency: 'EUR',
		amount_base: i % 2 === 0 ? 10_000 : -9_000,
		description: 'bench',
		date_created: new Date(),
	}));
	for (let i = 0; i < rows.length; i += 1000) await knex('crm_ledger_entries').insert(rows.slice(i, i + 1000));
	await knex.destroy();

	const times: number[] = [];
	for (let i = 0; i < BALANCE_READS + 5; i++) {
		const started = performance.now();
		await crm.api.request('GET', `/crm/customers/${heavy}/balance`);
		if (i >= 5) times.push(performance.now() - started);
	}

	const ratio = plainRate / hooksRate;
	console.log(`orders of ${LINES} lines, ${ROUNDS} alternating rounds of ${ORDERS} orders each way, ${CONCURRENCY} concurrent clients, PostgreSQL`);
	console.log(`rounds (orders/s): hooks ${hooksRates.map((r) => r.toFixed(1)).join(' ')} | plain ${plainRates.map((r) => r.toFixed(1)).join(' ')}`);
	console.log(`BENCH orders orders_per_s_hooks=${hooksRate.toFixed(1)} orders_per_s_plain=${plainRate.toFixed(1)} ratio=${ratio.toFixed(2)} balance_p50_ms=${median(times).toFixed(1)}`);
} finally {
	await Promise.all([crm.stop(), plain.stop()]);
}
