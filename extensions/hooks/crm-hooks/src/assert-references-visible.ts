import { assertCustomerVisible, assertParentVisible, CUSTOMER_REFERENCE_FIELD, type VisibilityContext } from './assert-customer-visible.ts';
import { assertJunctionVisible } from './assert-junction-visible.ts';

/** A write may only attach records to a customer or a parent record, and link records through a junction, that the caller can read. */
export async function assertReferencesVisible(ctx: VisibilityContext, collection: string, data: Record<string, unknown>): Promise<void> {
	const referenceField = CUSTOMER_REFERENCE_FIELD[collection];
	if (referenceField && referenceField in data) await assertCustomerVisible(ctx, data[referenceField], referenceField);
	await assertParentVisible(ctx, collection, data);
	await assertJunctionVisible(ctx, collection, data);
}
