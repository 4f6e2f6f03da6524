import { useApi } from '@directus/extensions-sdk';
import { type Ref, ref } from 'vue';

export interface NamedRecord {
	value: string;
	text: string;
}

/** Records of a collection by name, loaded once per collection; a list the reader may not see stays empty. */
export function useRecordNames(): { names: Ref<Record<string, NamedRecord[]>>; load: (collection: string, template: string) => void } {
	const api = useApi();
	const names = ref<Record<string, NamedRecord[]>>({});
	const fields = (template: string) => [...template.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]!);
	function load(collection: string, template: string): void {
		if (collection in names.value) return;
		names.value = { ...names.value, [collection]: [] };
		const wanted = ['id', ...fields(template)];
		api
			.get(`/items/${collection}`, { params: { fields: wanted.join(','), limit: -1, sort: wanted[1] } })
			.then((res) => {
				const rows = (res.data?.data ?? []) as Record<string, unknown>[];
				const text = (row: Record<string, unknown>) => template.replace(/{{\s*(\w+)\s*}}/g, (_, f: string) => String(row[f] ?? ''));
				names.value = { ...names.value, [collection]: rows.map((row) => ({ value: String(row['id']), text: text(row) })) };
			})
			.catch(() => undefined);
	}
	return { names, load };
}
