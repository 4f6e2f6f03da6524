/**
 * A promo code unlocks the rules of one offer that require a code.
 * - single_use: one redemption in total;
 * - multi_use: up to `maxUses` redemptions (unlimited when null);
 * - per_customer: once per customer (and, when `customerId` is set, only for that customer).
 */
export type PromoCodeKind = 'single_use' | 'multi_use' | 'per_customer';

export interface PromoCode {
	id: string;
	/** Stored and compared upper-case, trimmed. */
	code: string;
	offerId: string;
	kind: PromoCodeKind;
	active: boolean;
	validFrom: string | null;
	validTo: string | null;
	maxUses: number | null;
	/** Only this customer may use the code; null = anyone. */
	customerId: string | null;
	/** Redemptions so far, excluding the document being priced. */
	uses: number;
	customerUses: number;
}
