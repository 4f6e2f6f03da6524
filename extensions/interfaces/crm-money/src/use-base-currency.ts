import { useApi } from '@directus/extensions-sdk';
import { type Ref, ref } from 'vue';
import { normalizeCurrency } from './money-format.ts';

/** One question per page load, shared by every amount on it: the base currency does not change while the server runs. */
let asked: Promise<string | null> | null = null;

/**
 * The server's base currency (GET /crm/settings), for `*_base` amounts; null while it loads, and when `wanted` is false
 * (amounts in the record's currency never ask). A failed question is asked again by the next amount that needs it.
 */
export function useBaseCurrency(wanted: boolean): Ref<string | null> {
	const base = ref<string | null>(null);
	if (!wanted) return base;
	const api = useApi();
	asked ??= api.get('/crm/settings').then(
		(res) => normalizeCurrency((res.data as { data?: { base_currency?: unknown } })?.data?.base_currency),
		() => {
			asked = null;
			return null;
		},
	);
	void asked.then((code) => (base.value = code));
	return base;
}
