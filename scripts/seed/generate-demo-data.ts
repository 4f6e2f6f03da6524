/**
 * Deterministic demo data for the CRM: a pure function of (scale, seed, now). Identifiers, numbers
 * and dates come from a small seeded PRNG; names, streets and company names from faker instances
 * seeded with the same seed. Never reads the clock or global state, so one input always gives the
 * same rows, which keeps screenshots, tests and bug reports reproducible.
 */
import { Faker, base, de, en, en_GB, en_US } from '@faker-js/faker';
import { type ExchangeRateRow, generateCommerceData, type PriceListItemRow, type PriceListRow } from './generate-commerce-data.ts';
import { generateOrdersToCash } from './generate-orders-to-cash.ts';
import type { OrdersToCashData } from './orders-to-cash-rows.ts';
import { applyRedemptionCounts, type DiscountData, generateDiscountData } from './generate-discount-data.ts';
import { generateServiceData, type ServiceData } from './generate-service-data.ts';
import type {
	Uuid,
	RegionRow,
	SalesChannelRow,
	MarketSegmentRow,
	CustomerGroupRow,
	TeamRow,
	SalesRepRow,
	CustomerRow,
	ContactRow,
	ProductGroupRow,
	ProductRow,
	InteractionRow,
	CustomerGroupLinkRow,
	CustomerSegmentLinkRow,
	ProductSegmentLinkRow,
} from './demo-rows.ts';
import { DAY, HOUR, iso, MINUTE, ymd } from './moments.ts';
import { createRng, pickDistinct, type Rng } from './random.ts';

export interface GenerateDemoDataOptions {
	/** 1 ≈ 1,000 customers, 3,000 contacts, 300 products, 10,000 interactions. */
	scale?: number;
	seed?: number;
	/** Upper bound of every generated timestamp. Pass it for reproducible output. */
	now?: Date | string | number;
}

export interface DemoData extends OrdersToCashData, DiscountData, ServiceData {
	crm_regions: RegionRow[];
	crm_price_lists: PriceListRow[];
	crm_sales_channels: (SalesChannelRow & { price_list: Uuid | null })[];
	crm_market_segments: MarketSegmentRow[];
	crm_customer_groups: (CustomerGroupRow & { price_list: Uuid | null; price_list_priority: number })[];
	crm_teams: TeamRow[];
	crm_sales_reps: SalesRepRow[];
	crm_product_groups: ProductGroupRow[];
	crm_products: ProductRow[];
	crm_price_list_items: PriceListItemRow[];
	crm_exchange_rates: ExchangeRateRow[];
	crm_customers: (CustomerRow & { price_list: Uuid | null; dedicated_specialist: Uuid | null })[];
	crm_contacts: ContactRow[];
	crm_interactions: InteractionRow[];
	crm_customers_customer_groups: CustomerGroupLinkRow[];
	crm_customers_market_segments: CustomerSegmentLinkRow[];
	crm_products_market_segments: ProductSegmentLinkRow[];
}

/** Tables in an order that satisfies every foreign key (product groups are parent-first). */
export const DEMO_TABLES = [
	'crm_regions',
	'crm_price_lists',
	'crm_sales_channels',
	'crm_market_segments',
	'crm_customer_groups',
	'crm_teams',
	'crm_sales_reps',
	'crm_product_groups',
	'crm_products',
	'crm_price_list_items',
	'crm_exchange_rates',
	// Service staff (SERVICE_STAFF_TABLES): customers name their dedicated specialist.
	'crm_service_calendars',
	'crm_service_teams',
	'crm_service_skills',
	'crm_service_specialists',
	'crm_service_specialist_skills',
	'crm_customers',
	'crm_contacts',
	'crm_interactions',
	'crm_customers_customer_groups',
	'crm_customers_market_segments',
	'crm_products_market_segments',
	// Discounts (DISCOUNT_TABLES, spelled out like the others).
	'crm_campaigns',
	'crm_special_offers',
	'crm_discount_rules',
	'crm_discount_rules_customers',
	'crm_discount_rules_customer_groups',
	'crm_discount_rules_products',
	'crm_discount_rules_product_groups',
	'crm_discount_rules_regions',
	'crm_discount_rules_sales_channels',
	'crm_discount_rules_customer_segments',
	'crm_discount_rules_product_segments',
	'crm_promo_codes',
	'crm_pricing_policy',
	// Service desk (SERVICE_DESK_TABLES). Requests leave crm_orders unset: orders-to-cash tables come last.
	'crm_service_absences',
	'crm_service_request_types',
	'crm_service_categories',
	'crm_service_contracts',
	'crm_service_contracts_products',
	'crm_service_contracts_product_groups',
	'crm_service_contracts_categories',
	'crm_service_maps',
	'crm_service_map_steps',
	'crm_sla_targets',
	'crm_service_classification_rules',
	'crm_service_classification_rules_products',
	'crm_service_classification_rules_product_groups',
	'crm_service_classification_rules_categories',
	'crm_service_requests',
	'crm_service_routing_decisions',
	'crm_service_escalations',
	'crm_service_time_entries',
	'crm_service_expenses',
	// Orders to cash (ORDERS_TO_CASH_TABLES, spelled out like the others).
	'crm_warehouses',
	'crm_stock_levels',
	'crm_quotes',
	'crm_quote_lines',
	'crm_orders',
	'crm_order_lines',
	'crm_discount_redemptions',
	'crm_shipments',
	'crm_shipment_lines',
	'crm_invoices',
	'crm_invoice_lines',
	'crm_payments',
	'crm_payment_allocations',
	'crm_ledger_entries',
	'crm_document_counters',
	'crm_idempotency_keys',
] as const satisfies readonly (keyof DemoData)[];

export const DEFAULT_SEED = 20261126;

// ---------------------------------------------------------------------------------------------
// Small helpers


function at<T>(items: readonly T[], i: number): T {
	const v = items[i];
	if (v === undefined) throw new Error(`index ${i} out of range`);
	return v;
}

/** ASCII slug for e-mail local parts and domains: umlauts spelled out, other accents dropped. */
function slug(text: string, sep = '-'): string {
	const out = text
		.toLowerCase()
		.replaceAll('ä', 'ae')
		.replaceAll('ö', 'oe')
		.replaceAll('ü', 'ue')
		.replaceAll('ß', 'ss')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/&/g, ' ')
		.replace(/['’.]/g, '')
		.replace(/[^a-z0-9]+/g, sep)
		.replace(new RegExp(`^\\${sep}+|\\${sep}+$`, 'g'), '');
	return out || 'x';
}

function clip(text: string, max: number): string {
	return text.length <= max ? text : text.slice(0, max).trimEnd();
}

function formatMinor(minor: number, currency: string): string {
	const units = Math.floor(minor / 100)
		.toString()
		.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${units}.${String(minor % 100).padStart(2, '0')} ${currency}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// ---------------------------------------------------------------------------------------------
// Reference data

type LocaleKey = 'de' | 'gb' | 'us';

interface CountrySpec {
	code: string;
	/** Standard-time offset of the main business area, used to place office hours. */
	utcOffset: number;
	dial: string;
	currency: string;
	locale: LocaleKey;
	/** [city, area code] */
	cities: readonly (readonly [string, string])[];
	mobile: readonly string[];
	legalForms: readonly (readonly [string, number])[];
	taxId: (rng: Rng) => string;
}

const COUNTRIES: Record<string, CountrySpec> = {
	DE: {
		code: 'DE',
		utcOffset: 1,
		dial: '49',
		currency: 'EUR',
		locale: 'de',
		cities: [],
		mobile: ['151', '152', '160', '162', '170', '171', '172', '173', '175', '176', '177', '179'],
		legalForms: [['GmbH', 55], ['GmbH & Co. KG', 20], ['AG', 5], ['e.K.', 10], ['KG', 5], ['OHG', 5]],
		taxId: (r) => `DE${r.digits(9)}`,
	},
	AT: {
		code: 'AT',
		utcOffset: 1,
		dial: '43',
		currency: 'EUR',
		locale: 'de',
		cities: [['Wien', '1'], ['Graz', '316'], ['Linz', '732'], ['Salzburg', '662'], ['Innsbruck', '512'], ['Klagenfurt', '463'], ['St. Pölten', '2742']],
		mobile: ['650', '660', '664', '676', '680', '699'],
		legalForms: [['GmbH', 75], ['AG', 10], ['KG', 15]],
		taxId: (r) => `ATU${r.digits(8)}`,
	},
	CH: {
		code: 'CH',
		utcOffset: 1,
		dial: '41',
		currency: 'EUR',
		locale: 'de',
		cities: [['Zürich', '44'], ['Basel', '61'], ['Bern', '31'], ['Luzern', '41'], ['St. Gallen', '71'], ['Winterthur', '52'], ['Zug', '41']],
		mobile: ['76', '77', '78', '79'],
		legalForms: [['AG', 55], ['GmbH', 45]],
		taxId: (r) => {
			const d = r.digits(9);
			return `CHE-${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)} MWST`;
		},
	},
	GB: {
		code: 'GB',
		utcOffset: 0,
		dial: '44',
		currency: 'GBP',
		locale: 'gb',
		cities: [['London', '20'], ['Manchester', '161'], ['Birmingham', '121'], ['Leeds', '113'], ['Bristol', '117'], ['Glasgow', '141'], ['Sheffield', '114'], ['Nottingham', '115'], ['Edinburgh', '131'], ['Leicester', '116']],
		mobile: ['7700', '7711', '7723', '7734', '7756', '7768', '7789', '7911', '7922'],
		legalForms: [['Ltd', 85], ['PLC', 5], ['LLP', 10]],
		taxId: (r) => `GB${r.digits(9)}`,
	},
	IE: {
		code: 'IE',
		utcOffset: 0,
		dial: '353',
		currency: 'EUR',
		locale: 'gb',
		cities: [['Dublin', '1'], ['Cork', '21'], ['Galway', '91'], ['Limerick', '61'], ['Waterford', '51']],
		mobile: ['83', '85', '86', '87', '89'],
		legalForms: [['Ltd', 80], ['DAC', 20]],
		taxId: (r) => `IE${r.digits(7)}${r.pick(['A', 'B', 'C', 'D', 'E', 'F', 'H', 'K', 'L', 'P', 'T', 'W'])}`,
	},
	US: {
		code: 'US',
		utcOffset: -6,
		dial: '1',
		currency: 'USD',
		locale: 'us',
		cities: [['Chicago', '312'], ['Houston', '713'], ['Atlanta', '404'], ['Denver', '303'], ['Columbus', '614'], ['Charlotte', '704'], ['Pittsburgh', '412'], ['Milwaukee', '414'], ['Detroit', '313'], ['Minneapolis', '612']],
		mobile: [],
		legalForms: [['Inc.', 55], ['LLC', 45]],
		taxId: (r) => {
			const d = r.digits(9);
			return `${d.slice(0, 2)}-${d.slice(2)}`;
		},
	},
	CA: {
		code: 'CA',
		utcOffset: -5,
		dial: '1',
		currency: 'USD',
		locale: 'us',
		cities: [['Toronto', '416'], ['Montréal', '514'], ['Calgary', '403'], ['Ottawa', '613'], ['Vancouver', '604'], ['Winnipeg', '204']],
		mobile: [],
		legalForms: [['Inc.', 70], ['Ltd.', 30]],
		taxId: (r) => `${r.digits(9)}RT0001`,
	},
};

interface RegionSpec {
	code: string;
	name: string;
	description: string;
	weight: number;
	team: number;
	countries: readonly (readonly [string, number])[];
	/** German cities per region; other countries list their cities on the country. */
	deCities?: readonly (readonly [string, string])[];
}

const REGIONS: readonly RegionSpec[] = [
	{
		code: 'DE-N',
		name: 'Germany North & East',
		description: 'Hamburg, Bremen, Lower Saxony, Schleswig-Holstein, Berlin and the eastern states.',
		weight: 22,
		team: 0,
		countries: [['DE', 1]],
		deCities: [['Hamburg', '40'], ['Bremen', '421'], ['Hannover', '511'], ['Kiel', '431'], ['Berlin', '30'], ['Leipzig', '341'], ['Dresden', '351'], ['Rostock', '381'], ['Magdeburg', '391'], ['Potsdam', '331'], ['Lübeck', '451'], ['Braunschweig', '531']],
	},
	{
		code: 'DE-W',
		name: 'Germany West',
		description: 'North Rhine-Westphalia, Hesse, Rhineland-Palatinate and Saarland.',
		weight: 20,
		team: 0,
		countries: [['DE', 1]],
		deCities: [['Köln', '221'], ['Düsseldorf', '211'], ['Dortmund', '231'], ['Essen', '201'], ['Duisburg', '203'], ['Bonn', '228'], ['Münster', '251'], ['Aachen', '241'], ['Bielefeld', '521'], ['Frankfurt am Main', '69'], ['Wiesbaden', '611'], ['Kassel', '561']],
	},
	{
		code: 'DE-S',
		name: 'Germany South',
		description: 'Bavaria and Baden-Württemberg.',
		weight: 22,
		team: 1,
		countries: [['DE', 1]],
		deCities: [['München', '89'], ['Stuttgart', '711'], ['Nürnberg', '911'], ['Augsburg', '821'], ['Regensburg', '941'], ['Freiburg im Breisgau', '761'], ['Ulm', '731'], ['Karlsruhe', '721'], ['Würzburg', '931'], ['Ingolstadt', '841'], ['Mannheim', '621']],
	},
	{ code: 'AT-CH', name: 'Austria & Switzerland', description: 'Austria, Switzerland and Liechtenstein.', weight: 14, team: 1, countries: [['AT', 60], ['CH', 40]] },
	{ code: 'UK-IE', name: 'UK & Ireland', description: 'Great Britain, Northern Ireland and the Republic of Ireland.', weight: 12, team: 2, countries: [['GB', 80], ['IE', 20]] },
	{ code: 'NA', name: 'North America', description: 'United States and Canada.', weight: 10, team: 2, countries: [['US', 80], ['CA', 20]] },
];

const TEAMS = ['North team', 'South team', 'International team'] as const;
const TEAM_HOME_REGION = ['DE-N', 'DE-S', 'UK-IE'] as const;

const CHANNELS = [
	{ code: 'DIRECT', name: 'Direct sales', kind: 'direct' },
	{ code: 'DEALER', name: 'Dealer network', kind: 'dealer' },
	{ code: 'WEBSHOP', name: 'Web shop', kind: 'online' },
	{ code: 'STORES', name: 'Trade counters', kind: 'retail' },
	{ code: 'MARKETPLACE', name: 'Online marketplaces', kind: 'marketplace' },
] as const;

const SEGMENTS = [
	{ code: 'CONSTR', name: 'Construction', applies_to: 'both', description: 'Building contractors and construction sites.' },
	{ code: 'AUTO', name: 'Automotive', applies_to: 'both', description: 'Vehicle workshops, body shops and suppliers.' },
	{ code: 'MANUF', name: 'Manufacturing', applies_to: 'both', description: 'Industrial production and metalworking.' },
	{ code: 'CRAFT', name: 'Crafts & trades', applies_to: 'both', description: 'Carpenters, electricians, plumbers and other trades.' },
	{ code: 'FACILITY', name: 'Facility management', applies_to: 'customers', description: 'Building services, cleaning and property management.' },
	{ code: 'PUBLIC', name: 'Public sector', applies_to: 'customers', description: 'Municipalities, utilities and public institutions.' },
	{ code: 'DIY', name: 'DIY & home', applies_to: 'products', description: 'Products suited to private customers and home improvement.' },
	{ code: 'MRO', name: 'Maintenance & repair', applies_to: 'products', description: 'Maintenance, repair and operations supplies.' },
] as const;

const GROUPS = [
	{ code: 'WHOLESALE', name: 'Wholesale', description: 'Customers buying in large quantities at wholesale conditions.' },
	{ code: 'DEALERS', name: 'Dealers & resellers', description: 'Partners who resell our products.' },
	{ code: 'KEY', name: 'Key accounts', description: 'Strategic customers with a dedicated service level.' },
	{ code: 'PUBLIC', name: 'Public sector', description: 'Public tenders and framework contracts.' },
	{ code: 'PRIVATE', name: 'Private customers', description: 'Consumers and sole proprietors without a VAT number.' },
	{ code: 'EXPORT', name: 'Export', description: 'Customers outside the DACH region.' },
] as const;

type Unit = 'pcs' | 'kg' | 'm' | 'l' | 'h' | 'day' | 'month' | 'pack' | 'set';
/** A variant label, optionally with the unit it implies (a 5 l canister is sold by the litre). */
type Variant = string | readonly [string, Unit];

interface ItemSpec {
	name: string;
	/** Ordered from cheapest to dearest: the price rises with the variant's position. */
	variants: readonly Variant[];
	/** List price range in minor units. */
	price: readonly [number, number];
}

interface LeafSpec {
	kind: 'goods' | 'service';
	unit: Unit;
	items: readonly ItemSpec[];
	vat: readonly (readonly [number, number])[];
	weight: number;
}

interface GroupSpec {
	code: string;
	name: string;
	leaf?: LeafSpec;
	children?: readonly GroupSpec[];
}

const VAT_GOODS: readonly (readonly [number, number])[] = [[2000, 85], [1000, 10], [700, 5]];
const VAT_SERVICE: readonly (readonly [number, number])[] = [[2000, 1]];
// Education is VAT-exempt in much of Europe, so most trainings carry 0 %.
const VAT_TRAINING: readonly (readonly [number, number])[] = [[0, 70], [2000, 30]];
const item = (name: string, variants: Variant[], price: [number, number]): ItemSpec => ({ name, variants, price });
const goods = (unit: Unit, items: ItemSpec[], weight = 1): LeafSpec => ({ kind: 'goods', unit, items, vat: VAT_GOODS, weight });
const service = (unit: Unit, items: ItemSpec[], weight = 0.4, vat = VAT_SERVICE): LeafSpec => ({ kind: 'service', unit, items, vat, weight });

const PRODUCT_TREE: readonly GroupSpec[] = [
	{
		code: 'TOOLS',
		name: 'Tools',
		children: [
			{
				code: 'TOOLS-HAND',
				name: 'Hand tools',
				children: [
					{
						code: 'TOOLS-HAND-SD',
						name: 'Screwdrivers',
						leaf: goods('pcs', [
							item('Slotted screwdriver', ['3.5 × 75 mm', '5.5 × 125 mm', '8 × 150 mm'], [490, 1290]),
							item('Phillips screwdriver', ['PH0 × 60 mm', 'PH1 × 80 mm', 'PH2 × 100 mm', 'PH3 × 150 mm'], [490, 1390]),
							item('Torx screwdriver', ['TX20 × 100 mm', 'TX25 × 100 mm', 'TX30 × 115 mm'], [590, 1490]),
							item('VDE insulated screwdriver set', [['6-piece', 'set'], ['12-piece', 'set']], [2990, 8990]),
							item('Ratchet screwdriver', ['with 12 bits', 'with 24 bits'], [1990, 4490]),
						]),
					},
					{
						code: 'TOOLS-HAND-PL',
						name: 'Pliers & wrenches',
						leaf: goods('pcs', [
							item('Combination pliers', ['160 mm', '180 mm', '200 mm'], [1290, 3490]),
							item('Diagonal cutter', ['140 mm', '160 mm', '180 mm'], [1190, 3290]),
							item('Water pump pliers', ['180 mm', '250 mm', '300 mm'], [1490, 3990]),
							item('Adjustable wrench', ['150 mm', '200 mm', '250 mm', '300 mm'], [1290, 4290]),
							item('Torque wrench', ['1/4", 5–25 Nm', '1/2", 40–200 Nm'], [6990, 18990]),
						]),
					},
					{
						code: 'TOOLS-HAND-SET',
						name: 'Tool sets & cases',
						leaf: goods(
							'set',
							[
								item('Bit set', ['32-piece', '62-piece', '100-piece'], [1490, 5990]),
								item('Socket set', ['1/4", 46-piece', '1/2", 24-piece', '1/4" + 1/2", 94-piece'], [4990, 24900]),
								item('Electrician tool case', ['28-piece', '45-piece'], [14900, 39900]),
								item('Tool trolley', ['5 drawers, 150 tools', '7 drawers, 262 tools'], [59900, 149900]),
							],
							0.6,
						),
					},
				],
			},
			{
				code: 'TOOLS-POWER',
				name: 'Power tools',
				children: [
					{
						code: 'TOOLS-POWER-DR',
						name: 'Drills & drivers',
						leaf: goods('pcs', [
							item('Cordless drill driver', ['12 V, 2 × 2.0 Ah', '18 V brushless, body only', '18 V, 2 × 4.0 Ah'], [8990, 32900]),
							item('Cordless impact driver', ['18 V, body only', '18 V, 2 × 5.0 Ah'], [12900, 38900]),
							item('Cordless combi drill', ['18 V, 2 × 5.0 Ah', '36 V, 2 × 4.0 Ah'], [19900, 54900]),
							item('Rotary hammer SDS-plus', ['800 W', '1100 W', '18 V cordless'], [14900, 44900]),
						]),
					},
					{
						code: 'TOOLS-POWER-SAW',
						name: 'Saws',
						leaf: goods('pcs', [
							item('Jigsaw', ['650 W', '800 W', '18 V cordless'], [8990, 32900]),
							item('Circular saw', ['165 mm, 1200 W', '190 mm, 1400 W', '18 V cordless'], [12900, 44900]),
							item('Reciprocating saw', ['1100 W', '18 V cordless'], [11900, 34900]),
							item('Mitre saw', ['216 mm', '254 mm'], [29900, 89900]),
							item('Plunge-cut saw', ['160 mm, with guide rail'], [39900, 69900]),
						]),
					},
					{
						code: 'TOOLS-POWER-GR',
						name: 'Grinders & sanders',
						leaf: goods('pcs', [
							item('Angle grinder', ['115 mm, 900 W', '125 mm, 1200 W', '125 mm, 18 V cordless', '230 mm, 2400 W'], [6990, 29900]),
							item('Random orbit sander', ['125 mm', '150 mm'], [9990, 44900]),
							item('Belt sander', ['75 × 533 mm'], [14900, 29900]),
							item('Bench grinder', ['150 mm', '200 mm'], [9990, 24900]),
						]),
					},
				],
			},
			{
				code: 'TOOLS-MEAS',
				name: 'Measuring tools',
				leaf: goods('pcs', [
					item('Folding rule', ['2 m, wood', '2 m, fibreglass'], [590, 1990]),
					item('Tape measure', ['3 m', '5 m', '8 m'], [690, 2490]),
					item('Spirit level', ['40 cm', '60 cm', '100 cm', '200 cm'], [1490, 8990]),
					item('Digital caliper', ['150 mm', '200 mm'], [2490, 8990]),
					item('Laser distance meter', ['30 m range', '50 m range', '100 m range'], [6990, 24900]),
					item('Cross-line laser', ['red beam', 'green beam, with tripod'], [14900, 49900]),
				]),
			},
		],
	},
	{
		code: 'FAST',
		name: 'Fasteners',
		children: [
			{
				code: 'FAST-SCR',
				name: 'Screws',
				leaf: goods(
					'pack',
					[
						item('Wood screws', ['3.5 × 30 mm, box of 500', '4 × 40 mm, box of 500', '5 × 60 mm, box of 200', '6 × 100 mm, box of 100'], [890, 2990]),
						item('Drywall screws', ['3.5 × 25 mm, box of 1000', '3.5 × 35 mm, box of 1000'], [1290, 2490]),
						item('Decking screws, stainless A2', ['5 × 50 mm, box of 200', '5 × 60 mm, box of 200'], [2490, 4990]),
						item('Self-tapping screws', ['4.2 × 13 mm, box of 500', '4.8 × 19 mm, box of 500'], [990, 2490]),
						item('Screw assortment', [['1,000 pieces in a case', 'set']], [2990, 4990]),
					],
					1.5,
				),
			},
			{
				code: 'FAST-BOLT',
				name: 'Bolts & nuts',
				leaf: goods(
					'pack',
					[
						item('Washers DIN 125', ['M6, box of 1000', 'M8, box of 500', 'M10, box of 500'], [390, 1490]),
						item('Hex nuts DIN 934, zinc-plated', ['M6, box of 500', 'M8, box of 200', 'M10, box of 100', 'M12, box of 100'], [490, 1990]),
						item('Hex bolts DIN 933, zinc-plated', ['M6 × 20, box of 200', 'M8 × 30, box of 100', 'M10 × 40, box of 100', 'M12 × 50, box of 50'], [890, 3490]),
						item('Threaded rod DIN 976', [['M8 × 1 m', 'pcs'], ['M10 × 1 m', 'pcs'], ['M12 × 1 m', 'pcs']], [190, 690]),
						item('Steel wire rope', [['4 mm, sold by the metre', 'm'], ['6 mm, sold by the metre', 'm']], [90, 290]),
					],
					1.3,
				),
			},
			{
				code: 'FAST-ANCH',
				name: 'Anchors & plugs',
				leaf: goods('pack', [
					item('Nylon wall plugs', ['6 mm, box of 100', '8 mm, box of 100', '10 mm, box of 50'], [390, 1290]),
					item('Cavity anchors', ['M5, box of 50', 'M6, box of 50'], [990, 2490]),
					item('Frame fixings', ['10 × 100 mm, box of 50', '10 × 140 mm, box of 50'], [1490, 3490]),
					item('Heavy-duty anchors, zinc-plated', ['M8, box of 50', 'M10, box of 25', 'M12, box of 25'], [1990, 5990]),
					item('Chemical anchor cartridge', [['300 ml', 'pcs'], ['410 ml', 'pcs']], [1290, 2990]),
				]),
			},
		],
	},
	{
		code: 'SAFETY',
		name: 'Safety equipment',
		children: [
			{
				code: 'SAFETY-GLV',
				name: 'Gloves',
				leaf: goods('pack', [
					item('Disposable nitrile gloves', ['size M, box of 100', 'size L, box of 100', 'size XL, box of 100'], [690, 1490]),
					item('Nitrile-coated work gloves', ['size 8, 12 pairs', 'size 9, 12 pairs', 'size 10, 12 pairs'], [1490, 3490]),
					item('Cut-resistant gloves, level C', ['size 8, 6 pairs', 'size 9, 6 pairs', 'size 10, 6 pairs'], [2490, 5990]),
					item('Leather work gloves', ['size 9, 12 pairs', 'size 10, 12 pairs'], [2990, 5990]),
					item('Winter work gloves', [['size 9, one pair', 'pcs'], ['size 10, one pair', 'pcs']], [690, 1490]),
				]),
			},
			{
				code: 'SAFETY-EYE',
				name: 'Eye & ear protection',
				leaf: goods('pcs', [
					item('Safety glasses', ['clear', 'tinted', 'anti-fog'], [390, 1490]),
					item('Safety goggles', ['indirect ventilation', 'for spectacle wearers'], [690, 1990]),
					item('Ear defenders', ['SNR 27 dB', 'SNR 33 dB', 'with helmet mount'], [1490, 3990]),
					item('Ear plugs', [['box of 200 pairs', 'pack'], ['dispenser, 500 pairs', 'pack']], [2490, 8990]),
					item('Face shield', ['polycarbonate, with headgear'], [1490, 3490]),
				]),
			},
			{
				code: 'SAFETY-WEAR',
				name: 'Workwear & shoes',
				leaf: goods(
					'pcs',
					[
						item('Hi-vis vest', ['size L', 'size XL', 'size XXL'], [390, 1290]),
						item('Work trousers', ['size 48', 'size 50', 'size 52', 'size 54'], [3990, 8990]),
						item('Work jacket', ['size M', 'size L', 'size XL'], [4990, 11900]),
						item('Softshell jacket', ['size M', 'size L', 'size XL'], [4990, 9990]),
						item('Safety shoes S3', ['size 41', 'size 42', 'size 43', 'size 44', 'size 45'], [5990, 14900]),
					],
					1.2,
				),
			},
		],
	},
	{
		code: 'CONS',
		name: 'Consumables',
		children: [
			{
				code: 'CONS-LUB',
				name: 'Lubricants',
				leaf: goods('pcs', [
					item('Multi-purpose oil spray', ['400 ml'], [490, 990]),
					item('Silicone spray', ['400 ml'], [590, 1190]),
					item('Chain lubricant', ['400 ml spray', ['1 l can', 'l']], [690, 1990]),
					item('Lithium grease', ['400 g cartridge', ['1 kg tin', 'kg']], [490, 1990]),
					item('Cutting oil', ['400 ml spray', ['5 l canister', 'l']], [790, 4990]),
				]),
			},
			{
				code: 'CONS-ADH',
				name: 'Adhesives & sealants',
				leaf: goods('pcs', [
					item('Acrylic sealant', ['310 ml, white'], [290, 690]),
					item('Silicone sealant', ['310 ml, white', '310 ml, transparent', '310 ml, grey'], [490, 990]),
					item('Construction adhesive', ['290 ml cartridge', '310 ml cartridge'], [590, 1290]),
					item('PU foam', ['500 ml', '750 ml, gun grade'], [690, 1490]),
					item('Two-component epoxy', ['25 ml syringe', '50 ml cartridge'], [490, 1990]),
				]),
			},
			{
				code: 'CONS-CLN',
				name: 'Cleaning',
				leaf: goods('pcs', [
					item('Hand cleaner', ['500 ml tube', ['3 l dispenser bottle', 'l']], [490, 2990]),
					item('Industrial degreaser', [['1 l bottle', 'l'], ['5 l canister', 'l'], ['10 l canister', 'l']], [990, 5990]),
					item('Floor cleaner concentrate', [['10 l canister', 'l']], [2990, 5990]),
					item('Cleaning wipes', [['bucket of 80', 'pack'], ['bucket of 150', 'pack']], [1290, 2990]),
					item('Absorbent granules', [['20 kg bag', 'kg']], [1490, 2990]),
				]),
			},
			{
				code: 'CONS-ABR',
				name: 'Abrasives',
				leaf: goods('pack', [
					item('Sanding sheets', ['P80, pack of 50', 'P120, pack of 50', 'P240, pack of 50'], [990, 2490]),
					item('Flap discs', ['125 mm, P40, pack of 10', '125 mm, P80, pack of 10'], [1990, 4490]),
					item('Cutting discs for steel', ['115 × 1.0 mm, pack of 25', '125 × 1.0 mm, pack of 25', '230 × 1.9 mm, pack of 25'], [1990, 5990]),
					item('Sanding roll', [['115 mm × 50 m, P120', 'pcs']], [1990, 3990]),
				]),
			},
		],
	},
	{
		code: 'SERV',
		name: 'Services',
		children: [
			{
				code: 'SERV-INST',
				name: 'Installation & assembly',
				leaf: service('h', [
					item('Assembly service', ['standard rate', 'weekend rate'], [5500, 8500]),
					item('Shelving installation', ['standard rate', 'weekend rate'], [6500, 9500]),
					item('Machine installation', ['standard rate', 'weekend rate'], [8500, 12500]),
					item('Emergency call-out', ['24/7'], [11000, 15000]),
				]),
			},
			{
				code: 'SERV-MAINT',
				name: 'Maintenance contracts',
				leaf: service('month', [
					item('Calibration service for measuring tools', ['annual inspection', 'quarterly inspection'], [1900, 4900]),
					item('Power tool service flat rate', ['up to 20 tools', 'up to 50 tools'], [2900, 7900]),
					item('Maintenance contract Basic', ['12-month term', '24-month term'], [4900, 9900]),
					item('Maintenance contract Plus', ['12-month term', '24-month term'], [9900, 19900]),
					item('Maintenance contract Premium', ['12-month term', '36-month term'], [19900, 49000]),
				]),
			},
			{
				code: 'SERV-TRAIN',
				name: 'Training',
				leaf: service(
					'day',
					[
						item('Power tool training', ['online', 'at our academy'], [29000, 59000]),
						item('Workplace safety training', ['at our academy', 'on site'], [39000, 89000]),
						item('First aid course', ['up to 12 participants'], [39000, 69000]),
						item('Forklift licence course', ['two days, at our academy'], [49000, 79000]),
						item('Fall protection training', ['on site'], [59000, 99000]),
					],
					0.4,
					VAT_TRAINING,
				),
			},
			{
				code: 'SERV-CONS',
				name: 'Consulting',
				leaf: service(
					'day',
					[
						item('Workplace safety consulting', [['per hour', 'h']], [9500, 14500]),
						item('Procurement consulting', ['per day'], [95000, 140000]),
						item('Warehouse layout planning', ['per day'], [90000, 160000]),
						item('Energy audit', ['per day, including report'], [110000, 160000]),
					],
					0.3,
				),
			},
		],
	},
];

const BRANDS = ['Ferrox', 'Norvik', 'Stahlmann', 'Baltec', 'Proline', 'Kronberg', 'Alpwerk', 'Tecora'];
const GOODS_FEATURES = [
	'Robust design for daily use on site.',
	'Meets the relevant EN standards.',
	'Usually available from stock within 24 hours.',
	'Bulk discounts on request.',
	'Tested by our quality assurance.',
	'Ergonomic design for fatigue-free work.',
	'Delivered in recyclable packaging.',
];
const SERVICE_FEATURES = [
	'Carried out by certified technicians.',
	'Travel costs are charged separately.',
	'Includes a written report.',
	'Scheduling within five working days.',
	'Available throughout DACH, UK and North America.',
];

const POSITIONS: readonly (readonly [string, number])[] = [
	['Purchasing manager', 14], ['Buyer', 12], ['Managing director', 10], ['CEO', 3], ['Head of operations', 6], ['Project manager', 8],
	['Site manager', 6], ['Accounts payable', 6], ['Office manager', 7], ['Technical director', 4], ['Workshop manager', 6],
	['Facility manager', 5], ['Quality manager', 3], ['Assistant to the management', 4], ['Sales manager', 3], ['Owner', 4],
];

const DE_TRADES = ['Bau', 'Metallbau', 'Haustechnik', 'Elektrotechnik', 'Maschinenbau', 'Holzbau', 'Gebäudeservice', 'Fahrzeugtechnik', 'Dachtechnik', 'Industrieservice', 'Logistik', 'Sanitär & Heizung', 'Montagebau', 'Stahlbau'];
const EN_TRADES = ['Construction', 'Engineering', 'Building Services', 'Electrical', 'Fabrication', 'Facilities', 'Plumbing & Heating', 'Joinery', 'Logistics', 'Industrial Supply', 'Automotive', 'Roofing', 'Steelworks'];
const DE_STEMS = ['Nord', 'Süd', 'Rhein', 'Elb', 'Isar', 'Hansa', 'Alpen', 'Weser', 'Main', 'Donau'];
const DE_SUFFIXES = ['tec', 'werk', 'bau', 'plan', 'form', 'tronic', 'montage', 'service'];
const EN_STEMS = ['North', 'Iron', 'Bright', 'Stone', 'Oak', 'River', 'Summit', 'Harbour', 'Kings', 'Red'];
const EN_SUFFIXES = ['gate', 'line', 'works', 'field', 'bridge', 'point', 'tech', 'craft'];

const CUSTOMER_NOTES = [
	'Prefers delivery before 10 am.',
	'Framework agreement: prices fixed until the end of the year.',
	'Invoices to the purchasing department; PO number required.',
	'Closed for company holidays in August.',
	'Pays reliably and uses the early-payment discount.',
	'Deliveries via the rear entrance (loading ramp).',
	'Interested in maintenance contracts.',
	'Price-sensitive; compares offers regularly.',
	'Orders mostly through the web shop.',
];
const CONTACT_NOTES = [
	'Prefers calls in the morning.',
	'Decides on purchases above 10,000 EUR.',
	'Speaks English and German.',
	'Responsible for technical approvals.',
	'Best reached by mobile.',
	'Part-time; not available on Fridays.',
];

// ---------------------------------------------------------------------------------------------
// Interaction texts: each subject comes with the outcomes that fit it.

type Topic = readonly [subject: string, outcomes: readonly string[]];

const TOPICS: Record<string, readonly Topic[]> = {
	'call:outbound': [
		['Follow-up on quote {quote}', ['Customer will order next week.', 'Needs internal approval; call back in two weeks.', 'Price too high; revised quote promised.', 'Order placed by phone.', 'Left a voicemail.']],
		['Quarterly account review', ['Volume on track; no changes needed.', 'Customer expects lower volume next quarter.', 'Agreed to meet about a framework agreement.']],
		['Checking in after delivery {order}', ['Customer satisfied with the delivery.', 'One item missing; replacement sent.', 'Left a voicemail.']],
		['Offer: {product}', ['Customer interested; quote sent.', 'No demand at the moment.', 'Left a voicemail.']],
		['Reminder: open invoice {invoice}', ['Customer promised payment this week.', 'Invoice had not arrived; sent a copy.', 'Already paid; forwarded to accounting.']],
		['Introducing the new {group} range', ['Catalogue requested.', 'Agreed on a demo during the next visit.', 'Not interested at the moment.']],
		['Scheduling an on-site visit', ['Visit scheduled.', 'Customer asked to call again next month.']],
		['Price update {year}', ['Customer accepted the new prices.', 'Customer asked for a volume discount; to be checked.']],
		['Renewal of framework agreement', ['Renewal agreed in principle; contract to follow.', 'Customer wants to compare offers first.']],
		['Feedback on {product}', ['Very satisfied; wants to order more.', 'Quality issues reported; passed on to product management.']],
	],
	'call:inbound': [
		['Question about invoice {invoice}', ['Invoice explained; no further questions.', 'Credit note issued for a price difference.']],
		['Delivery status of order {order}', ['Delivery date confirmed.', 'Two-day delay explained; customer accepted.', 'Tracking link sent.']],
		['Request for quote: {product}', ['Quote sent the same day.', 'Quote to follow after checking availability.']],
		['Complaint: damaged delivery {order}', ['Complaint accepted; replacement shipped.', 'Photos requested for the carrier claim.']],
		['Availability of {product}', ['In stock; order taken by phone.', 'Back in stock in two weeks; alternative offered.']],
		['Change of delivery address', ['Address updated for future deliveries.']],
		['Technical question about {product}', ['Answered on the phone.', 'Passed on to technical support.']],
		['Request for a callback', ['Called back; question resolved.', 'Called back; meeting arranged.']],
	],
	'email:outbound': [
		['Quote {quote}: {product}', ['Customer confirmed receipt.', 'Customer asked for a delivery date.']],
		['Order confirmation {order}', []],
		['Price list {year}', []],
		['Documentation for {product}', ['Data sheet and manual sent.']],
		['Meeting summary and next steps', ['Customer confirmed the summary.']],
		['Payment reminder: invoice {invoice}', ['Customer replied: payment scheduled.', 'No reply yet.']],
		['Invitation to a product demo', ['Invitation accepted.', 'Declined; no time at the moment.']],
	],
	'email:inbound': [
		['RE: Quote {quote}', ['Quote accepted; order entered.', 'Customer asked for a better price.', 'Customer needs more time to decide.']],
		['Order {order}: change of quantity', ['Order changed and confirmed.', 'Too late to change; goods already shipped.']],
		['Data sheet request: {product}', ['Data sheet sent.']],
		['Invoice {invoice}: question', ['Forwarded to accounting.', 'Answered; no further questions.']],
		['Complaint about delivery {order}', ['Replacement shipped.', 'Credit note issued.']],
		['New contact person at our company', ['Contact data updated.']],
		['Request for samples: {product}', ['Samples sent.', 'Samples to be handed over at the next visit.']],
	],
	'meeting:outbound': [
		['Annual review meeting', ['Framework agreement extended by one year.', 'Agreed on quarterly reviews.', 'Customer plans a larger order volume next year.']],
		['Kick-off: framework agreement {year}', ['Conditions agreed; contract to be signed.', 'Open points to be clarified by purchasing.']],
		['Product demo: {product}', ['Customer wants a trial delivery.', 'Demo convinced; order expected.', 'Customer will decide next quarter.']],
		['Negotiation of annual conditions', ['5 % discount granted on the next order.', 'Agreed on a 3 % volume bonus.', 'No agreement yet; follow-up meeting planned.']],
		['Project meeting: site equipment', ['New project with an estimated volume of 20,000 EUR.', 'Customer will send an equipment list.']],
		['Video call: roll-out planning', ['Roll-out plan agreed.', 'Customer needs another internal round.']],
	],
	'meeting:inbound': [
		['Visit to our showroom', ['Customer ordered display items.', 'Samples handed over.']],
		['Customer workshop at our academy', ['Participants trained; feedback positive.']],
	],
	'visit:outbound': [
		['On-site visit in {city}', ['Stock checked; refill order taken.', 'Met the new site manager.', 'Customer plans to expand the workshop.']],
		['Visit with product samples', ['New products demonstrated; samples left.', 'Customer ordered on the spot.']],
		['Workshop inspection in {city}', ['Safety equipment needs replacing; quote to follow.', 'No issues found.']],
		['Trade fair follow-up visit', ['Customer interested in a framework agreement.', 'Catalogue handed over.']],
		['Stock check on site', ['Refill order taken.', 'Stock sufficient for another month.']],
	],
	'visit:inbound': [
		['Customer picked up order {order} in person', ['Handed over; delivery note signed.']],
		['Walk-in at trade counter', ['Bought from stock.', 'Advice given; customer will order online.']],
	],
	'letter:outbound': [
		['Annual price adjustment {year}', []],
		['Contract documents for signature', ['Signed copy returned.']],
		["Season's greetings", []],
		['Updated terms and conditions', []],
	],
	'letter:inbound': [
		['Signed framework agreement', ['Filed with the contract documents.']],
		['Formal complaint', ['Forwarded to quality management.']],
		['Notice of address change', ['Address updated.']],
		['Tender invitation', ['Tender documents forwarded to the sales manager.']],
	],
	'chat:inbound': [
		['Chat: delivery time for {product}', ['Delivery time given in chat.']],
		['Chat: tracking for order {order}', ['Tracking link sent.']],
		['Chat: login help for the customer portal', ['Password reset link sent.']],
		['Chat: quantity discount', ['Passed on to the account manager.']],
		['Chat: return of order {order}', ['Return label sent.']],
	],
	'chat:outbound': [
		['Chat: follow-up on open request', ['Question answered in chat.']],
		['Chat: confirmation of delivery date', ['Customer confirmed.']],
	],
	'portal:inbound': [
		['Portal order {order} placed', ['Processed automatically.']],
		['Portal: invoice {invoice} downloaded', []],
		['Portal: service request submitted', ['Checked by the back office.']],
		['Portal: address data updated', ['Checked by the back office.']],
		['Portal: return request for order {order}', ['Return label issued.']],
	],
};

const SYSTEM_SUBJECTS: Record<string, readonly string[]> = {
	any: ['Credit limit changed to {credit}', 'Payment terms changed to {days} days', 'Owner reassigned', 'Category changed to {category}', 'Newsletter sent: {month} edition', 'Address data verified', 'Duplicate check passed'],
	prospect: ['Lead imported from trade fair list', 'Web form enquiry received'],
	key: ['Status changed to key account', 'Annual bonus agreement recorded'],
	blocked: ['Customer blocked: invoices overdue more than 60 days', 'Dunning level 3 reached'],
	lost: ['Status changed to lost', 'No orders for 12 months'],
};

/** Share of interactions of a type that record an outcome at all. */
const OUTCOME_SHARE: Record<string, number> = { call: 0.9, meeting: 0.95, visit: 0.95, email: 0.5, letter: 0.4, chat: 0.7, portal: 0.5, system: 0 };

// ---------------------------------------------------------------------------------------------

interface CustomerInfo {
	row: CustomerRow;
	country: CountrySpec;
	createdMs: number;
	/** Last moment with customer-initiated activity; before `now` for lost customers. */
	activeUntilMs: number;
	teamIndex: number;
	contacts: ContactRow[];
	/** First and last name when the customer is a person: their only contact is themselves. */
	person: readonly [string, string] | null;
	domain: string | null;
	weight: number;
}

export function generateDemoData(options: GenerateDemoDataOptions = {}): DemoData {
	const scale = options.scale ?? 1;
	if (!Number.isFinite(scale) || scale <= 0) throw new Error(`scale must be a positive number, got ${scale}`);
	const seed = options.seed ?? DEFAULT_SEED;
	const nowDate = options.now === undefined ? new Date() : new Date(options.now);
	if (Number.isNaN(nowDate.getTime())) throw new Error(`invalid now: ${String(options.now)}`);
	// Whole seconds keep every timestamp of one run on the same grid as `now`.
	const nowMs = Math.floor(nowDate.getTime() / 1000) * 1000;

	const rng = createRng(seed);
	const fakers: Record<LocaleKey, Faker> = {
		de: new Faker({ locale: [de, en, base] }),
		gb: new Faker({ locale: [en_GB, en, base] }),
		us: new Faker({ locale: [en_US, en, base] }),
	};
	fakers.de.seed(seed);
	fakers.gb.seed(seed + 1);
	fakers.us.seed(seed + 2);

	const counts = {
		customers: Math.max(12, Math.round(1000 * scale)),
		products: Math.max(10, Math.round(300 * scale)),
		interactions: Math.max(30, Math.round(10000 * scale)),
	};
	const contactTarget = Math.max(counts.customers, Math.round(3000 * scale));

	/**
	 * A moment within [from, to] during local office hours (08:00–18:55 at `utcOffset` hours from UTC),
	 * on a weekday unless `weekdaysOnly` is false, on a 5-minute grid where the window allows.
	 */
	const businessMoment = (from: number, to: number, utcOffset: number, weekdaysOnly = true): number => {
		const shift = utcOffset * HOUR;
		const firstDay = Math.floor((from + shift) / DAY);
		const lastDay = Math.floor((to + shift) / DAY);
		let day = rng.int(firstDay, lastDay);
		const dow = new Date(day * DAY).getUTCDay();
		if (weekdaysOnly && (dow === 0 || dow === 6)) {
			const back = dow === 6 ? day - 1 : day - 2;
			const forward = dow === 6 ? day + 2 : day + 1;
			if (back >= firstDay) day = back;
			else if (forward <= lastDay) day = forward;
		}
		const slot = 5 * MINUTE;
		let t = day * DAY + rng.int(8, 18) * HOUR + rng.int(0, 11) * slot - shift;
		// Near the window edges, stay close to the edge instead of piling rows onto one instant.
		if (t > to) t = Math.floor(to / slot) * slot - rng.int(0, 12) * slot;
		if (t < from) t = Math.ceil(from / slot) * slot + rng.int(0, 12) * slot;
		return Math.max(Math.ceil(from / 1000) * 1000, Math.min(t, to));
	};
	const anyMoment = (from: number, to: number): number => Math.min(to, Math.ceil(from / 1000) * 1000 + rng.int(0, Math.max(0, Math.floor((to - from) / 1000))) * 1000);

	// --- reference data -------------------------------------------------------------------

	const regions: RegionRow[] = REGIONS.map((r) => ({ id: rng.uuid(), code: r.code, name: r.name, description: r.description }));
	const regionIdByCode = new Map(REGIONS.map((r, i) => [r.code, at(regions, i).id]));
	const regionId = (code: string): Uuid => {
		const id = regionIdByCode.get(code);
		if (!id) throw new Error(`unknown region ${code}`);
		return id;
	};

	const channels: SalesChannelRow[] = CHANNELS.map((c) => ({ id: rng.uuid(), code: c.code, name: c.name, kind: c.kind, active: true }));
	const channelByKind = new Map(channels.map((c) => [c.kind, c.id]));
	const segments: MarketSegmentRow[] = SEGMENTS.map((s) => ({ id: rng.uuid(), code: s.code, name: s.name, applies_to: s.applies_to, description: s.description }));
	const segmentByCode = new Map(segments.map((s) => [s.code, s.id]));
	const customerSegments = segments.filter((s) => s.applies_to !== 'products' && s.code !== 'PUBLIC');
	const productSegments = segments.filter((s) => s.applies_to !== 'customers');
	const customerGroups: CustomerGroupRow[] = GROUPS.map((g) => ({ id: rng.uuid(), code: g.code, name: g.name, description: g.description }));
	const groupByCode = new Map(customerGroups.map((g) => [g.code, g.id]));

	const teams: TeamRow[] = TEAMS.map((name, i) => ({ id: rng.uuid(), name, manager: null, region: regionId(at(TEAM_HOME_REGION, i)) }));

	const reps: SalesRepRow[] = [];
	const repTeam: number[] = [];
	const repEmails = new Set<string>();
	teams.forEach((team, t) => {
		const teamRegions = REGIONS.filter((r) => r.team === t);
		for (let k = 0; k < 4; k++) {
			const region = at(teamRegions, k < 2 ? 0 : 1);
			const country = countryOf(at(region.countries, 0)[0]);
			const fk = fakers[country.locale];
			let first: string;
			let last: string;
			if (t === 0 && k === 0) {
				// The persona used in docs and demos: `rita.rep@example.com` logs in as this rep.
				first = 'Rita';
				last = 'Rep';
			} else {
				first = fk.person.firstName();
				last = surname(fk);
			}
			let email = `${slug(first, '.')}.${slug(last, '.')}@example.com`;
			for (let n = 2; repEmails.has(email); n++) email = `${slug(first, '.')}.${slug(last, '.')}${n}@example.com`;
			repEmails.add(email);
			const [, area] = rng.pick(countryCities(country, region));
			reps.push({ id: rng.uuid(), name: `${first} ${last}`, user: null, team: team.id, region: regionId(region.code), email, phone: landline(rng, country, area), active: true });
			repTeam.push(t);
		}
	});

	// --- product groups and products -----------------------------------------------------------

	const productGroups: ProductGroupRow[] = [];
	const leaves: { id: Uuid; code: string; spec: LeafSpec }[] = [];
	// Breadth-first so that every parent row precedes its children in insert order.
	let level: { spec: GroupSpec; parent: Uuid | null }[] = PRODUCT_TREE.map((spec) => ({ spec, parent: null }));
	while (level.length > 0) {
		const next: typeof level = [];
		for (const { spec, parent } of level) {
			const id = rng.uuid();
			productGroups.push({ id, code: spec.code, name: spec.name, parent });
			if (spec.leaf) leaves.push({ id, code: spec.code, spec: spec.leaf });
			for (const child of spec.children ?? []) next.push({ spec: child, parent: id });
		}
		level = next;
	}

	const products: ProductRow[] = [];
	const productSegmentLinks: ProductSegmentLinkRow[] = [];
	const productNames = new Set<string>();
	const skuCounter = new Map<string, number>();
	const leafWeights = leaves.map((l) => [l, l.spec.weight] as const);
	for (let i = 0; i < counts.products; i++) {
		let leaf = at(leaves, 0);
		let name = '';
		let unit: Unit = leaf.spec.unit;
		let chosen = at(leaf.spec.items, 0);
		let position = 0;
		// Retries avoid duplicate names; at large scales duplicates are allowed (the SKU differs).
		for (let attempt = 0; attempt < 12; attempt++) {
			// Walk the leaves first so that every group has products even at small scales.
			leaf = i < leaves.length && attempt === 0 ? at(leaves, i) : rng.weighted(leafWeights);
			const spec = leaf.spec;
			chosen = rng.pick(spec.items);
			const variantIndex = rng.int(0, chosen.variants.length - 1);
			const rawVariant = at(chosen.variants, variantIndex);
			const [variant, variantUnit] = typeof rawVariant === 'string' ? [rawVariant, undefined] : rawVariant;
			const brand = spec.kind === 'goods' && rng.chance(0.6) ? `${rng.pick(BRANDS)} ` : '';
			name = clip(`${brand}${chosen.name}, ${variant}`, 200);
			unit = variantUnit ?? spec.unit;
			position = (variantIndex + rng.float()) / chosen.variants.length;
			if (!productNames.has(name)) break;
		}
		productNames.add(name);
		const spec = leaf.spec;
		const seq = (skuCounter.get(leaf.code) ?? 0) + 1;
		skuCounter.set(leaf.code, seq);
		const sku = `${leaf.code}-${String(1000 + seq).padStart(5, '0')}`;

		const [lo, hi] = chosen.price;
		// Geometric interpolation: bigger variants cost more, by ratios rather than fixed steps.
		const raw = Math.exp(Math.log(lo) + position * (Math.log(hi) - Math.log(lo)));
		const listPrice = spec.kind === 'goods' ? Math.max(90, Math.round(raw / 100) * 100 - 10) : Math.max(500, Math.round(raw / 500) * 500);
		const margin = spec.kind === 'goods' ? 0.45 + rng.float() * 0.3 : 0.4 + rng.float() * 0.25;
		const costPrice = Math.min(listPrice - 1, Math.max(0, Math.round(listPrice * margin)));
		const features = spec.kind === 'goods' ? GOODS_FEATURES : SERVICE_FEATURES;
		const id = rng.uuid();
		products.push({
			id,
			sku,
			name,
			kind: spec.kind,
			unit,
			group: leaf.id,
			cost_price: costPrice,
			list_price: listPrice,
			currency: 'EUR',
			vat_rate_bp: rng.weighted(spec.vat),
			active: rng.chance(0.93),
			description: `${chosen.name}. ${rng.pick(features)}`,
			date_created: iso(businessMoment(nowMs - 4 * 365 * DAY, nowMs - 7 * DAY, 1)),
			date_updated: null,
			user_created: null,
		});
		const segs = pickDistinct(rng, productSegments, rng.chance(0.3) ? 2 : 1);
		for (const s of segs) productSegmentLinks.push({ crm_products_id: id, crm_market_segments_id: s.id });
	}

	// --- customers ----------------------------------------------------------------------------

	const customers: CustomerInfo[] = [];
	const customerGroupLinks: CustomerGroupLinkRow[] = [];
	const customerSegmentLinks: CustomerSegmentLinkRow[] = [];
	const usedNames = new Set<string>();
	const usedDomains = new Set<string>();
	const regionWeights = REGIONS.map((r) => [r, r.weight] as const);

	for (let i = 0; i < counts.customers; i++) {
		// The first customers go round the reps so that every rep owns at least one customer.
		const seededRep = i < reps.length ? i : -1;
		const region = seededRep >= 0 ? regionSpecOf(at(reps, seededRep).region, regionIdByCode) : rng.weighted(regionWeights);
		const country = countryOf(rng.weighted(region.countries));
		const fk = fakers[country.locale];
		const [city, area] = rng.pick(countryCities(country, region));
		const isPerson = rng.chance(0.15);
		const status = rng.weighted(isPerson ? PERSON_STATUS : COMPANY_STATUS);
		const isPublic = !isPerson && rng.chance(0.05);

		let name: string;
		let legalName: string | null;
		let personName: [string, string] | null = null;
		if (isPerson) {
			const sex = rng.chance(0.5) ? 'female' : 'male';
			personName = [fk.person.firstName(sex), surname(fk, sex)];
			name = `${personName[0]} ${personName[1]}`;
			legalName = null;
		} else if (isPublic) {
			name = country.locale === 'de' ? rng.pick([`Stadtwerke ${city}`, `Stadt ${city} – Bauhof`, `Gemeindeverwaltung ${city}`]) : rng.pick([`${city} City Council`, `${city} Housing Authority`, `${city} Public Works`]);
			legalName = name;
		} else {
			name = companyName(rng, fk, country, city);
			for (let attempt = 0; attempt < 8 && usedNames.has(name); attempt++) name = companyName(rng, fk, country, city);
			legalName = `${name} ${rng.weighted(country.legalForms)}`;
		}
		// Namesakes exist (two people called Anna Müller); a number tells them apart in lists.
		const baseName = name;
		for (let n = 2; usedNames.has(name); n++) name = `${baseName} ${n}`;
		usedNames.add(name);

		const teamIndex = region.team;
		const ownerIndex = seededRep >= 0 ? seededRep : pickOwner(rng, reps, repTeam, teamIndex, regionId(region.code));
		const owner = at(reps, ownerIndex);

		const channelKind = isPerson
			? rng.weighted([['online', 55], ['retail', 30], ['marketplace', 15]] as const)
			: rng.weighted([['direct', 45], ['dealer', 25], ['online', 15], ['retail', 10], ['marketplace', 5]] as const);

		const createdMs = status === 'prospect' ? businessMoment(nowMs - 420 * DAY, nowMs - 2 * DAY, country.utcOffset) : businessMoment(nowMs - 6 * 365 * DAY, nowMs - 60 * DAY, country.utcOffset);
		const windowStart = Math.max(createdMs, nowMs - 730 * DAY);
		const activeUntilMs = status === 'lost' ? windowStart + Math.floor((0.35 + rng.float() * 0.55) * (nowMs - 30 * DAY - windowStart)) : nowMs;

		let domain: string | null = null;
		if (!isPerson) {
			const base = slug(name).slice(0, 40).replace(/-+$/, '');
			domain = `${base}.example`;
			for (let n = 2; usedDomains.has(domain); n++) domain = `${base}${n}.example`;
			usedDomains.add(domain);
		}

		let email: string | null = null;
		if (domain && rng.chance(0.92)) email = `${rng.pick(country.locale === 'de' ? ['info', 'kontakt', 'office', 'einkauf'] : ['info', 'office', 'sales', 'purchasing'])}@${domain}`;
		else if (personName && rng.chance(0.8)) email = `${slug(personName[0], '.')}.${slug(personName[1], '.')}@${rng.pick(['mail', 'post', 'web', 'inbox'])}.example`;

		const currency = country.currency === 'EUR' && !isPerson && rng.chance(0.03) ? 'USD' : country.currency;
		const streetLine = street(rng, fk, country);
		const customerRow: CustomerRow = {
			id: rng.uuid(),
			kind: isPerson ? 'person' : 'company',
			name: clip(name, 200),
			legal_name: legalName === null ? null : clip(legalName, 255),
			tax_id: isPerson || (status === 'prospect' && rng.chance(0.5)) ? null : country.taxId(rng),
			status,
			category: category(rng, status, isPerson),
			region: regionId(region.code),
			owner: owner.id,
			sales_channel: channelByKind.get(channelKind) ?? null,
			credit_limit: creditLimit(rng, status, isPerson),
			payment_terms_days: paymentTerms(rng, status, isPerson),
			currency,
			email,
			phone: rng.chance(isPerson ? 0.6 : 0.95) ? landline(rng, country, area) : null,
			website: domain && rng.chance(0.85) ? `https://www.${domain}` : null,
			country: country.code,
			city,
			address: streetLine,
			notes: customerNote(rng, status),
			date_created: iso(createdMs),
			date_updated: null,
			user_created: null,
		};

		// Weighting by the length of the active window keeps the activity per day even over time.
		const windowShare = Math.max(0.02, (activeUntilMs - windowStart) / (730 * DAY));
		const weight = (isPerson ? 0.4 : 1) * STATUS_ACTIVITY[status]! * windowShare;
		customers.push({ row: customerRow, country, createdMs, activeUntilMs, teamIndex, contacts: [], person: personName, domain, weight });

		const groupCodes = new Set<string>();
		if (isPerson) groupCodes.add('PRIVATE');
		if (isPublic) groupCodes.add('PUBLIC');
		if (status === 'key') groupCodes.add('KEY');
		if (channelKind === 'dealer') groupCodes.add('DEALERS');
		if ((region.code === 'UK-IE' || region.code === 'NA') && rng.chance(0.6)) groupCodes.add('EXPORT');
		if (!isPerson && !isPublic && customerRow.credit_limit >= 2_000_000 && rng.chance(0.5)) groupCodes.add('WHOLESALE');
		if (groupCodes.size === 0 && !isPerson && rng.chance(0.35)) groupCodes.add('WHOLESALE');
		for (const code of groupCodes) customerGroupLinks.push({ crm_customers_id: customerRow.id, crm_customer_groups_id: groupByCode.get(code)! });

		let segs: readonly { id: Uuid }[] = [];
		if (isPublic) segs = [{ id: segmentByCode.get('PUBLIC')! }];
		else if (!isPerson) segs = pickDistinct(rng, customerSegments, rng.weighted([[0, 5], [1, 75], [2, 20]] as const));
		for (const s of segs) customerSegmentLinks.push({ crm_customers_id: customerRow.id, crm_market_segments_id: s.id });
	}

	// --- contacts ------------------------------------------------------------------------------

	const perCustomer = customers.map((c) => (c.row.kind === 'person' ? 1 : rng.weighted([[1, 8], [2, 17], [3, 27], [4, 27], [5, 21]] as const)));
	const capacity = customers.reduce((n, c) => n + (c.row.kind === 'person' ? 1 : 5), 0);
	adjustToTotal(rng, perCustomer, Math.min(contactTarget, capacity), customers.map((c) => (c.row.kind === 'person' ? 1 : 5)));

	const contacts: ContactRow[] = [];
	customers.forEach((c, ci) => {
		const fk = fakers[c.country.locale];
		const n = at(perCustomer, ci);
		const usedEmails = new Set<string>();
		const person = c.person;
		for (let k = 0; k < n; k++) {
			let first: string;
			let last: string;
			if (person) [first, last] = person;
			else {
				const sex = rng.chance(0.5) ? 'female' : 'male';
				first = fk.person.firstName(sex);
				last = surname(fk, sex);
			}
			const createdMs = person || k === 0 ? c.createdMs : Math.min(nowMs, c.createdMs + Math.floor((rng.float() ** 2 * (nowMs - c.createdMs)) / 1000) * 1000);
			let email: string | null = null;
			if (person) email = c.row.email;
			else if (c.domain && rng.chance(0.92)) {
				const local = `${slug(first, '.')}.${slug(last, '.')}`;
				email = `${local}@${c.domain}`;
				for (let m = 2; usedEmails.has(email); m++) email = `${local}${m}@${c.domain}`;
				usedEmails.add(email);
			}
			const consent = rng.chance(0.45);
			const consentAt = consent || rng.chance(0.1) ? iso(anyMoment(createdMs, nowMs)) : null;
			const country = c.country;
			const [, area] = rng.pick(countryCities(country, null));
			let phone: string | null = null;
			// Company contacts get an extension of the switchboard number.
			if (rng.chance(0.75)) phone = c.row.phone && !person ? `${c.row.phone}-${rng.int(10, 299)}` : landline(rng, country, area);
			const mobile = rng.chance(0.55) ? mobileNumber(rng, country) : null;
			const preferred = rng.weighted([
				['email', email ? 45 : 0],
				['phone', 30],
				['visit', person ? 1 : 8],
				['sms', mobile ? 5 : 0],
				['messenger', mobile ? 5 : 0],
				['post', 7],
			] as const);
			const contact: ContactRow = {
				id: rng.uuid(),
				customer: c.row.id,
				first_name: clip(first, 100),
				last_name: clip(last, 100),
				position: person ? null : rng.weighted(POSITIONS),
				phone,
				mobile,
				email,
				email_secondary: email && rng.chance(0.08) ? `${slug(first, '.')}.${slug(last, '.')}${rng.int(1, 99)}@${rng.pick(['mail', 'post', 'web'])}.example` : null,
				preferred_channel: preferred,
				marketing_consent: consent,
				marketing_consent_at: consentAt,
				portal_user: null,
				active: c.row.status === 'lost' ? rng.chance(0.6) : rng.chance(0.94),
				notes: rng.chance(0.1) ? rng.pick(CONTACT_NOTES) : null,
				date_created: iso(createdMs),
				date_updated: null,
				user_created: null,
			};
			contacts.push(contact);
			c.contacts.push(contact);
		}
	});

	// --- interactions --------------------------------------------------------------------------

	const cumulative: number[] = [];
	let totalWeight = 0;
	for (const c of customers) cumulative.push((totalWeight += c.weight));
	const pickCustomer = (): CustomerInfo => {
		const r = rng.float() * totalWeight;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (at(cumulative, mid) > r) hi = mid;
			else lo = mid + 1;
		}
		return at(customers, lo);
	};
	const productNameList = products.map((p) => p.name);
	const topGroups = PRODUCT_TREE.filter((g) => g.code !== 'SERV').map((g) => g.name.toLowerCase());
	const teamReps = TEAMS.map((_, t) => reps.filter((_r, i) => repTeam[i] === t));

	const interactions: InteractionRow[] = [];
	for (let i = 0; i < counts.interactions; i++) {
		const c = pickCustomer();
		const person = c.row.kind === 'person';
		const type = rng.weighted([
			['call', 27],
			['email', 25],
			['meeting', person ? 3 : 13],
			['visit', person ? 1 : 7],
			['letter', 3],
			['chat', 6],
			['portal', 5],
			['system', 14],
		] as const);
		const direction = rng.weighted(DIRECTIONS[type]!);
		const windowStart = Math.max(c.createdMs, nowMs - 730 * DAY);
		// Lost customers fall silent; only system entries may still follow.
		const windowEnd = type === 'system' ? nowMs : c.activeUntilMs;
		const occurredMs = type === 'system' || type === 'portal' ? anyMoment(windowStart, windowEnd) : businessMoment(windowStart, windowEnd, c.country.utcOffset, type !== 'chat');
		const year = new Date(occurredMs).getUTCFullYear();
		const vars: Record<string, string> = {
			quote: `Q-${year}-${rng.digits(4)}`,
			order: `SO-${rng.digits(6)}`,
			invoice: `INV-${year}-${rng.digits(5)}`,
			product: rng.pick(productNameList),
			group: rng.pick(topGroups),
			city: c.row.city ?? 'town',
			year: String(year + (rng.chance(0.5) ? 1 : 0)),
			credit: formatMinor(c.row.credit_limit, c.row.currency),
			days: String(c.row.payment_terms_days),
			category: c.row.category ?? 'none',
			month: at(MONTHS, new Date(occurredMs).getUTCMonth()),
		};
		let template: string;
		let topic: Topic | null = null;
		if (type === 'system') {
			const specific = SYSTEM_SUBJECTS[c.row.status];
			template = rng.pick(specific && rng.chance(0.35) ? specific : SYSTEM_SUBJECTS['any']!);
		} else {
			topic = rng.pick(TOPICS[`${type}:${direction}`]!);
			template = topic[0];
		}
		const subject = clip(template.replace(/\{(\w+)\}/g, (_m, k: string) => vars[k] ?? k), 255);

		const outcomes = topic?.[1] ?? [];
		const outcome = outcomes.length > 0 && rng.chance(OUTCOME_SHARE[type] ?? 0) ? rng.pick(outcomes) : null;

		const activeContacts = c.contacts.filter((x) => x.active);
		const contactPool = activeContacts.length > 0 ? activeContacts : c.contacts;
		const contact = type === 'system' || contactPool.length === 0 || rng.chance(0.12) ? null : rng.pick(contactPool);

		let rep: Uuid | null;
		if (type === 'system' || type === 'portal') rep = null;
		else {
			const r = rng.float();
			if (r < 0.85) rep = c.row.owner;
			else if (r < 0.97) rep = rng.pick(at(teamReps, c.teamIndex)).id;
			else rep = null;
		}

		const followUp = (type === 'call' || type === 'meeting' || type === 'visit' || (type === 'email' && direction === 'outbound')) && rng.chance(0.3);
		let nextStep: string | null = null;
		if (followUp) {
			let d = Math.floor(occurredMs / DAY) + rng.int(2, 21);
			const dow = new Date(d * DAY).getUTCDay();
			if (dow === 6) d += 2;
			else if (dow === 0) d += 1;
			nextStep = ymd(d * DAY);
		}

		const loggedMs = type === 'system' ? occurredMs : Math.min(nowMs, occurredMs + rng.int(0, 90) * MINUTE);
		interactions.push({
			id: rng.uuid(),
			type,
			direction,
			occurred_at: iso(occurredMs),
			customer: c.row.id,
			contact: contact?.id ?? null,
			rep,
			subject,
			outcome,
			next_step_date: nextStep,
			related_collection: null,
			related_key: null,
			date_created: iso(loggedMs),
			date_updated: null,
			user_created: null,
		});
	}
	// Chronological rows read naturally in a table without a sort and keep B-tree inserts mostly appending.
	interactions.sort((a, b) => Date.parse(a.occurred_at) - Date.parse(b.occurred_at));

	const customerRows = customers.map((c) => c.row);
	const commerce = generateCommerceData({ seed, now: new Date(nowMs), products, customers: customerRows });
	const groupCodeById = new Map(customerGroups.map((g) => [g.id, g.code]));
	const groupListIds = new Map<Uuid, Uuid[]>();
	for (const link of customerGroupLinks) {
		const list = commerce.groupListByCode.get(groupCodeById.get(link.crm_customer_groups_id) ?? '');
		if (list) groupListIds.set(link.crm_customers_id, [...(groupListIds.get(link.crm_customers_id) ?? []), list]);
	}
	const channelCodeById = new Map(channels.map((c) => [c.id, c.code]));
	const channelListIds = new Map<Uuid, Uuid>();
	for (const c of customerRows) {
		const list = c.sales_channel === null ? undefined : commerce.channelListByCode.get(channelCodeById.get(c.sales_channel) ?? '');
		if (list) channelListIds.set(c.id, list);
	}
	const discounts = generateDiscountData({ seed, scale, now: new Date(nowMs), products, productGroups, customers: customerRows, customerGroups, regions, channels, segments });
	const idsBy = <T>(rows: readonly T[], key: (r: T) => Uuid, value: (r: T) => Uuid) => {
		const out = new Map<Uuid, Uuid[]>();
		for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), value(r)]);
		return out;
	};
	const ordersToCash = generateOrdersToCash({
		seed,
		scale,
		now: new Date(nowMs),
		products,
		customers: customerRows,
		contacts,
		commerce,
		groupListIds,
		channelListIds,
		discounts,
		customerGroupIds: idsBy(customerGroupLinks, (l) => l.crm_customers_id, (l) => l.crm_customer_groups_id),
		customerSegmentIds: idsBy(customerSegmentLinks, (l) => l.crm_customers_id, (l) => l.crm_market_segments_id),
		productGroups,
		productSegmentIds: idsBy(productSegmentLinks, (l) => l.crm_products_id, (l) => l.crm_market_segments_id),
	});

	const service = generateServiceData({ seed, scale, now: new Date(nowMs), customers: customerRows, contacts, products, productGroups });

	return {
		crm_regions: regions,
		crm_price_lists: commerce.crm_price_lists,
		crm_sales_channels: channels.map((c) => ({ ...c, price_list: commerce.channelListByCode.get(c.code) ?? null })),
		crm_market_segments: segments,
		crm_customer_groups: customerGroups.map((g) => ({ ...g, price_list: commerce.groupListByCode.get(g.code) ?? null, price_list_priority: 100 })),
		crm_teams: teams,
		crm_sales_reps: reps,
		crm_product_groups: productGroups,
		crm_products: products,
		crm_price_list_items: commerce.crm_price_list_items,
		crm_exchange_rates: commerce.crm_exchange_rates,
		crm_customers: customerRows.map((c) => ({ ...c, price_list: commerce.customerListById.get(c.id) ?? null, dedicated_specialist: service.dedicatedSpecialist.get(c.id) ?? null })),
		crm_contacts: contacts,
		crm_interactions: interactions,
		crm_customers_customer_groups: customerGroupLinks,
		crm_customers_market_segments: customerSegmentLinks,
		crm_products_market_segments: productSegmentLinks,
		...applyRedemptionCounts(discounts, ordersToCash.crm_discount_redemptions),
		...service.data,
		...ordersToCash,
		crm_document_counters: [...ordersToCash.crm_document_counters, ...service.documentCounters].sort((a, b) => a.counter_key.localeCompare(b.counter_key)),
	};
}

// ---------------------------------------------------------------------------------------------
// Generator pieces

const COMPANY_STATUS: readonly (readonly [string, number])[] = [['active', 62], ['key', 10], ['prospect', 16], ['blocked', 4], ['lost', 8]];
const PERSON_STATUS: readonly (readonly [string, number])[] = [['active', 70], ['key', 1], ['prospect', 18], ['blocked', 3], ['lost', 8]];

/** Relative contact frequency by customer status. */
const STATUS_ACTIVITY: Record<string, number> = { key: 5, active: 2.2, prospect: 1.6, blocked: 0.8, lost: 1 };

const DIRECTIONS: Record<string, readonly (readonly [string, number])[]> = {
	call: [['outbound', 60], ['inbound', 40]],
	email: [['outbound', 55], ['inbound', 45]],
	meeting: [['outbound', 85], ['inbound', 15]],
	visit: [['outbound', 92], ['inbound', 8]],
	letter: [['outbound', 65], ['inbound', 35]],
	chat: [['inbound', 85], ['outbound', 15]],
	portal: [['inbound', 1]],
	system: [['internal', 1]],
};

function countryOf(code: string): CountrySpec {
	const c = COUNTRIES[code];
	if (!c) throw new Error(`unknown country ${code}`);
	return c;
}

function regionSpecOf(id: Uuid | null, idByCode: Map<string, Uuid>): RegionSpec {
	for (const r of REGIONS) if (idByCode.get(r.code) === id) return r;
	throw new Error(`unknown region id ${String(id)}`);
}

/** Cities of a country; German cities depend on the region (or all German regions when none is given). */
function countryCities(country: CountrySpec, region: RegionSpec | null): readonly (readonly [string, string])[] {
	if (country.code !== 'DE') return country.cities;
	if (region?.deCities) return region.deCities;
	return REGIONS.flatMap((r) => r.deCities ?? []);
}

function landline(rng: Rng, country: CountrySpec, area: string): string {
	if (country.dial === '1') return `+1 ${area} ${rng.int(200, 989)}-${rng.digits(4)}`;
	if (country.code === 'CH') return `+41 ${area} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`;
	if (country.code === 'GB' || country.code === 'IE') return `+${country.dial} ${area} ${rng.digits(3)} ${rng.digits(4)}`;
	return `+${country.dial} ${area} ${rng.digits(rng.int(5, 8))}`;
}

function mobileNumber(rng: Rng, country: CountrySpec): string {
	if (country.dial === '1') return `+1 ${rng.pick(country.cities)[1]} ${rng.int(200, 989)}-${rng.digits(4)}`;
	const prefix = rng.pick(country.mobile);
	if (country.code === 'CH') return `+41 ${prefix} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`;
	if (country.code === 'GB') return `+44 ${prefix} ${rng.digits(6)}`;
	if (country.code === 'IE') return `+353 ${prefix} ${rng.digits(3)} ${rng.digits(4)}`;
	return `+${country.dial} ${prefix} ${rng.digits(7)}`;
}

function street(rng: Rng, fk: Faker, country: CountrySpec): string {
	const name = fk.location.street();
	const number = rng.int(1, rng.chance(0.8) ? 120 : 400);
	if (country.locale === 'de') return `${name} ${number}${rng.chance(0.08) ? rng.pick(['a', 'b']) : ''}`;
	return `${number} ${name}`;
}

/** A last name of at least three letters: faker's lists contain particles like "De" that read oddly alone. */
function surname(fk: Faker, sex?: 'female' | 'male'): string {
	let name = fk.person.lastName(sex);
	for (let attempt = 0; attempt < 5 && name.length < 3; attempt++) name = fk.person.lastName(sex);
	return name;
}

function companyName(rng: Rng, fk: Faker, country: CountrySpec, city: string): string {
	const german = country.locale === 'de';
	const trades = german ? DE_TRADES : EN_TRADES;
	switch (rng.weighted([['family', 45], ['partners', 15], ['place', 15], ['brand', 25]] as const)) {
		case 'family':
			return `${surname(fk)} ${rng.pick(trades)}`;
		case 'partners':
			return `${surname(fk)} & ${surname(fk)}`;
		case 'place':
			return german ? `${rng.pick(trades)} ${city}` : `${city} ${rng.pick(trades)}`;
		case 'brand': {
			const word = german ? `${rng.pick(DE_STEMS)}${rng.pick(DE_SUFFIXES)}` : `${rng.pick(EN_STEMS)}${rng.pick(EN_SUFFIXES)}`;
			return rng.chance(0.5) ? word : `${word} ${rng.pick(trades)}`;
		}
	}
}

function pickOwner(rng: Rng, reps: readonly SalesRepRow[], repTeam: readonly number[], team: number, region: Uuid): number {
	const candidates: [number, number][] = [];
	reps.forEach((r, i) => {
		if (repTeam[i] === team) candidates.push([i, r.region === region ? 9 : 1]);
	});
	return rng.weighted(candidates);
}

function customerNote(rng: Rng, status: string): string | null {
	if (status === 'blocked') return 'Blocked because of overdue invoices; deliveries only against prepayment.';
	if (status === 'lost' && rng.chance(0.6)) return rng.pick(['Switched to a competitor.', 'Business closed.', 'No longer needs our products.']);
	return rng.chance(0.15) ? rng.pick(CUSTOMER_NOTES) : null;
}

function category(rng: Rng, status: string, person: boolean): string | null {
	if (person) return rng.weighted([['C', 50], [null, 50]] as const);
	switch (status) {
		case 'key':
			return rng.weighted([['A', 85], ['B', 15]] as const);
		case 'active':
			return rng.weighted([['A', 18], ['B', 42], ['C', 35], [null, 5]] as const);
		case 'prospect':
			return rng.weighted([['C', 30], [null, 70]] as const);
		default:
			return rng.weighted([['B', 20], ['C', 55], [null, 25]] as const);
	}
}

function creditLimit(rng: Rng, status: string, person: boolean): number {
	// Multiples of 500.00 as a credit controller would set them.
	const step = 50_000;
	if (status === 'prospect' || status === 'blocked') return 0;
	if (person) return rng.int(0, 6) * step;
	if (status === 'key') return rng.int(40, 100) * step;
	if (status === 'lost') return rng.int(0, 20) * step;
	return rng.weighted([[rng.int(2, 10), 50], [rng.int(10, 40), 40], [rng.int(40, 60), 10]] as const) * step;
}

function paymentTerms(rng: Rng, status: string, person: boolean): number {
	if (status === 'blocked') return 0;
	if (person) return rng.weighted([[0, 70], [14, 30]] as const);
	if (status === 'key') return rng.weighted([[30, 30], [45, 40], [60, 30]] as const);
	return rng.weighted([[30, 60], [14, 20], [45, 10], [60, 5], [0, 5]] as const);
}

/** Nudges per-item counts up or down at random, within [1, max], until they add up to `total`. */
function adjustToTotal(rng: Rng, counts: number[], total: number, max: readonly number[]): void {
	let sum = counts.reduce((a, b) => a + b, 0);
	const grow = counts.map((_, i) => i).filter((i) => at(counts, i) < at(max, i));
	const shrink = counts.map((_, i) => i).filter((i) => at(counts, i) > 1);
	while (sum < total && grow.length > 0) {
		const k = rng.int(0, grow.length - 1);
		const i = at(grow, k);
		counts[i] = at(counts, i) + 1;
		sum++;
		if (at(counts, i) >= at(max, i)) grow.splice(k, 1);
	}
	while (sum > total && shrink.length > 0) {
		const k = rng.int(0, shrink.length - 1);
		const i = at(shrink, k);
		counts[i] = at(counts, i) - 1;
		sum--;
		if (at(counts, i) <= 1) shrink.splice(k, 1);
	}
}
