import type { ReaderOf } from '../reader-of.ts';

type Row = Record<string, any>;
const num = (value: unknown) => Number(value ?? 0);
const cls = (value: unknown) => (value === null || value === undefined || value === '' ? null : String(value));

export interface ClassOverview {
	lastRun: Row | null;
	matrix: { abc: string | null; xyz: string | null; customers: number; revenue_base: number }[];
	movements: { from: string | null; to: string | null; customers: number }[];
	moved: { customer: string; name: string | null; from_abc: string | null; to_abc: string | null; from_xyz: string | null; to_xyz: string | null; to_category: string | null; revenue_base: number }[];
}

/** Customers and revenue per ABC × XYZ cell, summed by the database over the customers the caller may read. */
async function loadMatrix(read: ReaderOf): Promise<ClassOverview['matrix']> {
	const rows = (await read('crm_customers').readByQuery({ aggregate: { count: ['*'], sum: ['class_revenue_base'] }, group: ['abc_revenue', 'xyz'], limit: -1 })) as Row[];
	return rows.map((r) => ({ abc: cls(r['abc_revenue']), xyz: cls(r['xyz']), customers: num(r['count']), revenue_base: num(r['sum']?.['class_revenue_base']) }));
}

/** Who moved between ABC classes in the run, as far as the caller may read the customers. */
async function loadMovements(read: ReaderOf, run: string): Promise<Pick<ClassOverview, 'movements' | 'moved'>> {
	const history = read('crm_customer_class_changes');
	const pairs = (await history.readByQuery({ filter: { run: { _eq: run } }, aggregate: { count: ['*'] }, group: ['from_abc_revenue', 'to_abc_revenue'], limit: -1 })) as Row[];
	const moved = (await history.readByQuery({ filter: { run: { _eq: run }, class_moved: { _eq: true } }, fields: ['customer.id', 'customer.name', 'from_abc_revenue', 'to_abc_revenue', 'from_xyz', 'to_xyz', 'to_category', 'revenue_base'], sort: ['-revenue_base'], limit: 20 })) as Row[];
	return {
		movements: pairs.filter((p) => cls(p['from_abc_revenue']) !== cls(p['to_abc_revenue'])).map((p) => ({ from: cls(p['from_abc_revenue']), to: cls(p['to_abc_revenue']), customers: num(p['count']) })),
		moved: moved.map((m) => ({ customer: String(m['customer']?.id), name: cls(m['customer']?.name), from_abc: cls(m['from_abc_revenue']), to_abc: cls(m['to_abc_revenue']), from_xyz: cls(m['from_xyz']), to_xyz: cls(m['to_xyz']), to_category: cls(m['to_category']), revenue_base: num(m['revenue_base']) })),
	};
}

/** The Classes dashboard's figures (A5.4): the last finished run, the matrix, and the moves of that run. */
export async function loadClassOverview(read: ReaderOf): Promise<ClassOverview> {
	const runs = (await read('crm_classification_runs').readByQuery({ filter: { status: { _eq: 'done' } }, fields: ['id', 'trigger', 'started_at', 'finished_at', 'customers', 'changed', 'window_from', 'window_to'], sort: ['-started_at'], limit: 1 })) as Row[];
	const lastRun = runs[0] ?? null;
	const [matrix, moves] = await Promise.all([loadMatrix(read), lastRun ? loadMovements(read, String(lastRun['id'])) : { movements: [], moved: [] }]);
	return { lastRun, matrix, ...moves };
}
