import { useApi, useStores } from '@directus/extensions-sdk';
import { computed, type ComputedRef, ref, type Ref, watch } from 'vue';

type Values = Ref<Record<string, unknown> | null> | null;

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The unit a quantity is counted in, read from the record: a sibling field ("unit") or a field of a
 * linked record ("product.unit"). The item page holds a link as an id, so the linked record's unit is
 * fetched once per id; a reader who may not see it gets no unit rather than an error.
 */
export function useUnit(collection: Ref<string>, unitField: Ref<string | null>, values: Values): ComputedRef<string | null> {
	const path = computed(() => (unitField.value ?? '').split('.').filter((p) => p !== ''));
	const linkValue = computed(() => (path.value.length === 2 ? values?.value?.[path.value[0]!] : undefined));
	const fetched = useLinkedUnits(collection, path, linkValue);

	return computed(() => {
		const [first, second] = path.value;
		const own = first ? values?.value?.[first] : undefined;
		if (second === undefined) return textOrNull(own);
		if (own && typeof own === 'object') return textOrNull((own as Record<string, unknown>)[second]);
		return typeof own === 'string' || typeof own === 'number' ? (fetched.value[String(own)] ?? null) : null;
	});
}

/** Units of linked records by id, loaded as the link changes. */
function useLinkedUnits(collection: Ref<string>, path: Ref<string[]>, linkValue: Ref<unknown>): Ref<Record<string, string | null>> {
	const api = useApi();
	const relations = useStores().useRelationsStore();
	const fetched = ref<Record<string, string | null>>({});
	watch(
		linkValue,
		async (link) => {
			if (typeof link !== 'string' && typeof link !== 'number') return;
			const key = String(link);
			const related = relations.getRelationForField(collection.value, path.value[0]!)?.related_collection;
			if (key in fetched.value || !related) return;
			fetched.value = { ...fetched.value, [key]: null };
			try {
				const response = await api.get(`/items/${related}/${encodeURIComponent(key)}`, { params: { fields: [path.value[1]] } });
				fetched.value = { ...fetched.value, [key]: textOrNull(response.data?.data?.[path.value[1]!]) };
			} catch {
				// No permission or no record: the quantity is shown without its unit.
			}
		},
		{ immediate: true },
	);
	return fetched;
}
