import { useApi } from '@directus/extensions-sdk';
import { computed, type ComputedRef, ref, watchEffect } from 'vue';
import { normalizeCurrency } from './money-format.ts';

/** The server's answer, shared by every amount on the page: the base currency does not change while the server runs. */
const shared = ref<string | null>(null);
/** The question in flight, or answered; null again after a failure, so the next amount that needs it asks again. */
let asked: Promise<void> | null = null;

/**
 * The server's base currency (GET /crm/settings) for `*_base` amounts: null while it loads, and while `wanted()` is
 * false (amounts in the record's currency never ask). Every amount showing it updates when the answer arrives.
 */
export function useBaseCurrency(wanted: () => boolean): ComputedRef<string | null> {
	const api = useApi();
	watchEffect(() => {
		if (!wanted() || shared.value !== null || asked) return;
		asked = api.get('/crm/settings').then(
			(res) => {
				shared.value = normalizeCurrency((res.data as { data?: { base_currency?: unknown } })?.data?.base_currency);
				if (shared.value === null) asked = null;
			},
			() => {
				asked = null;
			},
		);
	});
	return computed(() => (wanted() ? shared.value : null));
}
