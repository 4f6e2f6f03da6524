// Schema version 11: coordinates move from decimal degrees (latitude, a decimal column that SQLite keeps as a
// float) to whole millionths of a degree (latitude_e6). This copies every stored coordinate across before the
// old columns are dropped, a batch of rows at a time; the checkpoint counts the rows done. A row already
// copied is not read again (its _e6 field is set), so a run killed between batches goes on where it was.
interface Api {
	request<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

type Row = Record<string, unknown>;

const BATCH = 100;

/** "48.137154", 48.137154 → 48137154; beyond 6 decimals rounds half away from zero; null stays null. */
export function toMillionths(value: unknown): number | null {
	if (value === null || value === undefined || value === '') return null;
	const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(String(value).trim());
	if (!m) throw new Error(`a stored coordinate is not a decimal: ${JSON.stringify(value)}`);
	const fraction = (m[3] ?? '').padEnd(7, '0');
	const whole = Number(m[2]) * 1_000_000 + Number(fraction.slice(0, 6)) + (Number(fraction[6]) >= 5 ? 1 : 0);
	return m[1] === '-' ? -whole : whole;
}

/** The rows of `collection` with an old coordinate and no new one yet, each patched with the new pair. */
async function copyBatch(api: Api, collection: string, prefix: string): Promise<number> {
	const [lat, lon] = [`${prefix}latitude`, `${prefix}longitude`];
	const query = `filter[_and][0][${lat}][_nnull]=true&filter[_and][1][${lat}_e6][_null]=true&fields=id,${lat},${lon}&sort=id&limit=${BATCH}`;
	const rows = await api.request<Row[]>('GET', `/items/${collection}?${query}`);
	for (const row of rows) {
		await api.request('PATCH', `/items/${collection}/${String(row['id'])}`, { [`${lat}_e6`]: toMillionths(row[lat]), [`${lon}_e6`]: toMillionths(row[lon]) });
	}
	return rows.length;
}

export async function runBatch(api: Api, checkpoint: unknown): Promise<{ checkpoint: unknown; done: boolean }> {
	const customers = await copyBatch(api, 'crm_customers', '');
	const plans = customers < BATCH ? await copyBatch(api, 'crm_visit_plans', 'start_') : 0;
	const done = customers + plans;
	return { checkpoint: Number(checkpoint ?? 0) + done, done: customers < BATCH && plans < BATCH };
}
