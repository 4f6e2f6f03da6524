import { describe, expect, it } from 'vitest';
import { offerConsumptionOfLines } from '../../../packages/crm-core/src/discounts/offer-consumption-of-lines.ts';

describe('offerConsumptionOfLines', () => {
	it('counts each discounted line once per offer, with the codes entered for that offer', () => {
		const lines = [
			{ quantityMilli: 2000, applied: [{ offerId: 'O1', amount: 300 }, { offerId: 'O1', amount: 100 }, { offerId: null, amount: 50 }] },
			{ quantityMilli: 1000, applied: [{ offerId: 'O1', amount: 0 }, { offerId: 'O2', amount: 80 }] },
			{ quantityMilli: 500, applied: [{ offerId: 'O1', amount: 20 }] },
		];
		expect(offerConsumptionOfLines(lines, [{ id: 'C1', offerId: 'O1' }, { id: 'C9', offerId: 'O9' }])).toEqual([
			{ offerId: 'O1', quantityMilli: 2500, promoCodeIds: ['C1'] },
			{ offerId: 'O2', quantityMilli: 1000, promoCodeIds: [] },
		]);
	});
});
