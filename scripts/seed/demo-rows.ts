// Row types of the core CRM tables as the demo data writes them; the other generators' rows live with them.
export type Uuid = string;
/** ISO 8601 timestamp in UTC with milliseconds, e.g. 2026-03-04T10:15:00.000Z. */
export type IsoTimestamp = string;

export type Audit = { date_created: IsoTimestamp; date_updated: IsoTimestamp | null; user_created: Uuid | null };

export type RegionRow = { id: Uuid; code: string; name: string; description: string | null };
export type SalesChannelRow = { id: Uuid; code: string; name: string; kind: string; active: boolean };
export type MarketSegmentRow = { id: Uuid; code: string; name: string; applies_to: string; description: string | null; definition: 'manual' | 'rule'; rule: unknown; member_count: number | null; refreshed_at: string | null };
export type CustomerGroupRow = { id: Uuid; code: string; name: string; description: string | null };
export type TeamRow = { id: Uuid; name: string; manager: Uuid | null; region: Uuid | null };
export type SalesRepRow = {
	id: Uuid;
	name: string;
	user: Uuid | null;
	team: Uuid | null;
	region: Uuid | null;
	email: string | null;
	phone: string | null;
	active: boolean;
};
export type CustomerRow = Audit & {
	id: Uuid;
	kind: string;
	name: string;
	legal_name: string | null;
	tax_id: string | null;
	status: string;
	category: string | null;
	region: Uuid | null;
	owner: Uuid | null;
	sales_channel: Uuid | null;
	credit_limit: number;
	payment_terms_days: number;
	currency: string;
	email: string | null;
	phone: string | null;
	website: string | null;
	country: string | null;
	city: string | null;
	address: string | null;
	notes: string | null;
};
export type ContactRow = Audit & {
	id: Uuid;
	customer: Uuid;
	first_name: string;
	last_name: string | null;
	position: string | null;
	phone: string | null;
	mobile: string | null;
	email: string | null;
	email_secondary: string | null;
	preferred_channel: string;
	marketing_consent: boolean;
	marketing_consent_at: IsoTimestamp | null;
	portal_user: Uuid | null;
	active: boolean;
	notes: string | null;
};
export type ProductGroupRow = { id: Uuid; code: string; name: string; parent: Uuid | null };
export type ProductRow = Audit & {
	id: Uuid;
	sku: string;
	name: string;
	kind: string;
	unit: string;
	group: Uuid | null;
	cost_price: number;
	list_price: number;
	currency: string;
	vat_rate_bp: number;
	active: boolean;
	description: string | null;
};
export type InteractionRow = Audit & {
	id: Uuid;
	type: string;
	direction: string;
	occurred_at: IsoTimestamp;
	customer: Uuid;
	contact: Uuid | null;
	rep: Uuid | null;
	subject: string;
	outcome: string | null;
	/** YYYY-MM-DD */
	next_step_date: string | null;
	related_collection: string | null;
	related_key: string | null;
};
export type CustomerGroupLinkRow = { crm_customers_id: Uuid; crm_customer_groups_id: Uuid };
export type CustomerSegmentLinkRow = { crm_customers_id: Uuid; crm_market_segments_id: Uuid };
export type ProductSegmentLinkRow = { crm_products_id: Uuid; crm_market_segments_id: Uuid };
