/**
 * Deterministic demo data for the CRM: a pure function of (scale, seed, now). Identifiers, numbers
 * and dates come from a small seeded PRNG; names, streets and company names from faker instances
 * seeded with the same seed. Never reads the clock or global state, so one input always gives the
 * same rows, which keeps screenshots, tests and bug reports reproducible.
 */
import { Faker, base, de, en, en_GB, en_US } from '@faker-js/faker';

export interface GenerateDemoDataOptions {
	/** 1 ≈ 1,000 customers, 3,000 contacts, 300 products, 10,000 interactions. */
	scale?: number;
	seed?: number;
	/** Upper bound of every generated timestamp. Pass it for reproducible output. */
	now?: Date | string | number;
}

type Uuid = string;
/** ISO 8601 timestamp in UTC with milliseconds, e.g. 2026-03-04T10:15:00.000Z. */
type IsoTimestamp = string;

type Audit = { date_created: IsoTimestamp; date_updated: IsoTimestamp | null; user_created: Uuid | null };

export type RegionRow = { id: Uuid; code: string; name: string; description: string | null };
export type SalesChannelRow = { id: Uuid; code: string; name: string; kind: string; active: boolean };
export type MarketSegmentRow = { id: Uuid; code: string; name: string; applies_to: string; description: string | null };
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

export interface DemoData {
	crm_regions: RegionRow[];
	crm_sales_channels: SalesChannelRow[];
	crm_market_segments: MarketSegmentRow[];
	crm_customer_groups: CustomerGroupRow[];
	crm_teams: TeamRow[];
	crm_sales_reps: SalesRepRow[];
	crm_product_groups: ProductGroupRow[];
	crm_products: ProductRow[];
	crm_customers: CustomerRow[];
	crm_contacts: ContactRow[];
	crm_interactions: InteractionRow[];
	crm_customers_customer_groups: CustomerGroupLinkRow[];
	crm_customers_market_segments: CustomerSegmentLinkRow[];
	crm_products_market_segments: ProductSegmentLinkRow[];
}

/** Tables in an order that satisfies every foreign key (product groups are parent-first). */
export const DEMO_TABLES = [
	'crm_regions',
	'crm_sales_channels',
	'crm_market_segments',
	'crm_customer_groups',
	'crm_teams',
	'crm_sales_reps',
	'crm_product_groups',
	'crm_products',
	'crm_customers',
	'crm_contacts',
	'crm_interactions',
	'crm_customers_customer_groups',
	'crm_customers_market_segments',
	'crm_products_market_segments',
] as const satisfies readonly (keyof DemoData)[];

export const DEFAULT_SEED = 20261126;

// ---------------------------------------------------------------------------------------------
// Randomness

export interface Rng {
	/** Uniform in [0, 1). */
	float(): number;
	/** Uniform integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	weighted<T>(entries: readonly (readonly [T, number])[]): T;
	uuid(): string;
	digits(n: number): string;
}

/** sfc32 seeded through splitmix32: fast, 128-bit state, identical on every platform. */
export function createRng(seed: number): Rng {
	let s = Math.trunc(seed) >>> 0;
	const splitmix = (): number => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
	let a = splitmix();
	let b = splitmix();
	let c = splitmix();
	let d = splitmix();
	const u32 = (): number => {
		const t = (((a + b) >>> 0) + d) >>> 0;
		d = (d + 1) >>> 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) >>> 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) >>> 0;
		return t;
	};
	for (let i = 0; i < 15; i++) u32();

	const float = () => u32() / 4294967296;
	const int = (min: number, max: number) => min + Math.floor(float() * (max - min + 1));
	const hex8 = () => u32().toString(16).padStart(8, '0');
	return {
		float,
		int,
		chance: (p) => float() < p,
		pick: (items) => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[Math.floor(float() * items.length)] as (typeof items)[number];
		},
		weighted: (entries) => {
			let total = 0;
			for (const [, w] of entries) total += w;
			let r = float() * total;
			for (const [value, w] of entries) {
				r -= w;
				if (r < 0) return value;
			}
			const last = entries[entries.length - 1];
			if (!last) throw new Error('weighted pick from an empty list');
			return last[0];
		},
		uuid: () => {
			const h = hex8() + hex8() + hex8() + hex8();
			const variant = '89ab'[parseInt(h[16]!, 16) & 3]!;
			return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
		},
		digits: (n) => {
			let out = String(int(1, 9));
			for (let i = 1; i < n; i++) out += String(int(0, 9));
			return out;
		},
	};
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const iso = (ms: number): IsoTimestamp => new Date(ms).toISOString();
const ymd = (ms: number): string => iso(ms).slice(0, 10);

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

interface LeafSpec {
	kind: 'goods' | 'service';
	unit: Unit;
	bases: readonly Variant[];
	variants: readonly Variant[];
	/** List price range in minor units. */
	price: readonly [number, number];
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
const goods = (unit: Unit, bases: Variant[], variants: Variant[], price: [number, number], weight = 1): LeafSpec => ({ kind: 'goods', unit, bases, variants, price, vat: VAT_GOODS, weight });
const service = (unit: Unit, bases: Variant[], variants: Variant[], price: [number, number], weight = 1, vat = VAT_SERVICE): LeafSpec => ({ kind: 'service', unit, bases, variants, price, vat, weight });

const PRODUCT_TREE: readonly GroupSpec[] = [
	{
		code: 'TOOLS',
		name: 'Tools',
		children: [
			{
				code: 'TOOLS-HAND',
				name: 'Hand tools',
				children: [
					{ code: 'TOOLS-HAND-SD', name: 'Screwdrivers', leaf: goods('pcs', ['Slotted screwdriver', 'Phillips screwdriver', 'Torx screwdriver', 'VDE insulated screwdriver', 'Ratchet screwdriver'], ['PH1 × 80 mm', 'PH2 × 100 mm', 'SL 5.5 × 125 mm', 'TX25 × 100 mm', ['6-piece set', 'set'], ['12-piece set', 'set']], [690, 5990]) },
					{ code: 'TOOLS-HAND-PL', name: 'Pliers & wrenches', leaf: goods('pcs', ['Combination pliers', 'Diagonal cutter', 'Water pump pliers', 'Long-nose pliers', 'Adjustable wrench'], ['160 mm', '180 mm', '200 mm', '250 mm', '300 mm'], [990, 4990]) },
					{ code: 'TOOLS-HAND-SET', name: 'Tool sets & cases', leaf: goods('set', ['Mechanic tool set', 'Socket set', 'Electrician tool case', 'Bit set'], ['32-piece', '54-piece', '94-piece', '1/4"', '1/2"'], [2990, 39900], 0.6) },
				],
			},
			{
				code: 'TOOLS-POWER',
				name: 'Power tools',
				children: [
					{ code: 'TOOLS-POWER-DR', name: 'Drills & drivers', leaf: goods('pcs', ['Cordless drill driver', 'Cordless impact driver', 'Cordless hammer drill', 'Rotary hammer SDS-plus'], ['12 V', '18 V', '18 V brushless', '18 V, 2 × 5.0 Ah', '36 V', '800 W'], [8990, 54900]) },
					{ code: 'TOOLS-POWER-SAW', name: 'Saws', leaf: goods('pcs', ['Circular saw', 'Jigsaw', 'Reciprocating saw', 'Mitre saw', 'Plunge-cut saw'], ['1200 W', '1400 W', '18 V cordless', '190 mm', '216 mm'], [9990, 79900]) },
					{ code: 'TOOLS-POWER-GR', name: 'Grinders & sanders', leaf: goods('pcs', ['Angle grinder', 'Bench grinder', 'Random orbit sander', 'Belt sander'], ['115 mm', '125 mm', '230 mm', '18 V cordless', '900 W'], [5990, 39900]) },
				],
			},
			{ code: 'TOOLS-MEAS', name: 'Measuring tools', leaf: goods('pcs', ['Spirit level', 'Laser distance meter', 'Cross-line laser', 'Folding rule', 'Tape measure', 'Digital caliper'], ['40 cm', '60 cm', '100 cm', '2 m', '5 m', '8 m', '50 m range'], [490, 29900]) },
		],
	},
	{
		code: 'FAST',
		name: 'Fasteners',
		children: [
			{ code: 'FAST-SCR', name: 'Screws', leaf: goods('pack', ['Wood screws', 'Chipboard screws', 'Drywall screws', 'Self-tapping screws', 'Decking screws'], ['3.5 × 30 mm', '4 × 40 mm', '4.5 × 50 mm', '5 × 60 mm', '6 × 80 mm', '6 × 120 mm'], [390, 4990], 1.6) },
			{ code: 'FAST-BOLT', name: 'Bolts & nuts', leaf: goods('pack', ['Hex bolts DIN 933', 'Hex nuts DIN 934', 'Washers DIN 125', 'Carriage bolts DIN 603', ['Threaded rod DIN 976', 'm']], ['M6', 'M8', 'M10', 'M12', 'M16'], [290, 3990], 1.3) },
			{ code: 'FAST-ANCH', name: 'Anchors & plugs', leaf: goods('pack', ['Nylon wall plugs', 'Heavy-duty anchors', 'Cavity anchors', 'Frame fixings', ['Chemical anchor cartridge', 'pcs']], ['6 mm', '8 mm', '10 mm', '12 mm', '14 mm'], [490, 5990]) },
		],
	},
	{
		code: 'SAFETY',
		name: 'Safety equipment',
		children: [
			{ code: 'SAFETY-GLV', name: 'Gloves', leaf: goods('pack', ['Nitrile-coated work gloves', 'Cut-resistant gloves', 'Leather work gloves', 'Winter work gloves', 'Disposable nitrile gloves'], ['size 8', 'size 9', 'size 10', 'size 11', 'box of 100'], [290, 2990]) },
			{ code: 'SAFETY-EYE', name: 'Eye & ear protection', leaf: goods('pcs', ['Safety goggles', 'Safety glasses', 'Ear defenders', 'Face shield', ['Ear plugs', 'pack']], ['clear', 'tinted', 'anti-fog', 'SNR 30 dB', 'SNR 35 dB'], [290, 4990]) },
			{ code: 'SAFETY-WEAR', name: 'Workwear & shoes', leaf: goods('pcs', ['Work trousers', 'Work jacket', 'Hi-vis vest', 'Safety shoes S3', 'Softshell jacket'], ['size S', 'size M', 'size L', 'size XL', 'size 42', 'size 44'], [990, 14900], 1.2) },
		],
	},
	{
		code: 'CONS',
		name: 'Consumables',
		children: [
			{ code: 'CONS-LUB', name: 'Lubricants', leaf: goods('pcs', ['Multi-purpose oil', 'Chain lubricant', 'Lithium grease', 'Cutting oil', 'Silicone spray'], ['400 ml spray', '500 ml', ['1 l', 'l'], ['5 l canister', 'l'], '400 g cartridge'], [390, 5990]) },
			{ code: 'CONS-ADH', name: 'Adhesives & sealants', leaf: goods('pcs', ['Construction adhesive', 'Silicone sealant', 'Acrylic sealant', 'PU foam', 'Two-component epoxy'], ['50 ml', '290 ml', '310 ml', '500 ml', '750 ml'], [390, 2490]) },
			{ code: 'CONS-CLN', name: 'Cleaning', leaf: goods('pcs', ['Hand cleaner', 'Industrial degreaser', 'Floor cleaner concentrate', 'Cleaning wipes', 'Absorbent granules'], ['500 ml', ['3 l', 'l'], ['10 l', 'l'], ['pack of 80', 'pack'], ['20 kg', 'kg']], [390, 6990]) },
			{ code: 'CONS-ABR', name: 'Abrasives', leaf: goods('pack', ['Cutting discs', 'Flap discs', 'Sanding sheets', 'Sanding rolls'], ['115 mm', '125 mm', 'P80', 'P120', 'P240'], [590, 4990]) },
		],
	},
	{
		code: 'SERV',
		name: 'Services',
		children: [
			{ code: 'SERV-INST', name: 'Installation & assembly', leaf: service('h', ['Shelving installation', 'Machine installation', 'Assembly service', 'Commissioning'], ['standard rate', 'weekend rate', 'emergency call-out'], [6500, 12500], 0.5) },
			{ code: 'SERV-MAINT', name: 'Maintenance contracts', leaf: service('month', ['Maintenance contract Basic', 'Maintenance contract Plus', 'Maintenance contract Premium', 'Tool service flat rate', 'Calibration service'], ['12 months', '24 months', '36 months'], [4900, 49000], 0.5) },
			{ code: 'SERV-TRAIN', name: 'Training', leaf: service('day', ['Workplace safety training', 'Power tool training', 'Forklift licence course', 'First aid course', 'Fall protection training'], ['on site', 'at our academy', 'online'], [29000, 149000], 0.4, [[0, 70], [2000, 30]]) },
			{ code: 'SERV-CONS', name: 'Consulting', leaf: service('h', ['Workplace safety consulting', 'Procurement consulting', 'Warehouse layout planning', 'Energy audit'], ['per hour', ['per day', 'day'], ['fixed-price package', 'day']], [9500, 160000], 0.3) },
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
// Interaction texts

const SUBJECTS: Record<string, readonly string[]> = {
	'call:outbound': ['Follow-up on quote {quote}', 'Quarterly account review', 'Checking in after delivery {order}', 'Offer: {product}', 'Reminder: open invoice {invoice}', 'Introducing the new {group} range', 'Scheduling an on-site visit', 'Price update {year}', 'Renewal of framework agreement', 'Feedback on {product}'],
	'call:inbound': ['Question about invoice {invoice}', 'Delivery status of order {order}', 'Request for quote: {product}', 'Complaint: damaged delivery {order}', 'Availability of {product}', 'Change of delivery address', 'Technical question about {product}', 'Request for a callback'],
	'email:outbound': ['Quote {quote}: {product}', 'Order confirmation {order}', 'Price list {year}', 'Documentation for {product}', 'Meeting summary and next steps', 'Payment reminder: invoice {invoice}', 'Invitation to a product demo', 'Your {group} order'],
	'email:inbound': ['RE: Quote {quote}', 'Order {order}: change of quantity', 'Data sheet request: {product}', 'Invoice {invoice}: question', 'Complaint about delivery {order}', 'New contact person at our company', 'Request for samples: {product}'],
	'meeting:outbound': ['Annual review meeting', 'Kick-off: framework agreement {year}', 'Product demo: {product}', 'Negotiation of annual conditions', 'Project meeting: site equipment', 'Video call: roll-out planning'],
	'meeting:inbound': ['Visit to our showroom', 'Meeting at our branch: {group}', 'Customer workshop at our academy'],
	'visit:outbound': ['On-site visit in {city}', 'Visit with product samples', 'Workshop inspection in {city}', 'Trade fair follow-up visit', 'Stock check on site'],
	'visit:inbound': ['Customer picked up order {order} in person', 'Walk-in at trade counter'],
	'letter:outbound': ['Annual price adjustment {year}', 'Contract documents for signature', "Season's greetings", 'Updated terms and conditions'],
	'letter:inbound': ['Signed framework agreement', 'Formal complaint', 'Notice of address change', 'Tender invitation'],
	'chat:inbound': ['Chat: delivery time for {product}', 'Chat: tracking for order {order}', 'Chat: login help for the customer portal', 'Chat: quantity discount', 'Chat: return of order {order}'],
	'chat:outbound': ['Chat: follow-up on open request', 'Chat: confirmation of delivery date'],
	'portal:inbound': ['Portal order {order} placed', 'Portal: invoice {invoice} downloaded', 'Portal: service request submitted', 'Portal: address data updated', 'Portal: return request for order {order}'],
};

const SYSTEM_SUBJECTS: Record<string, readonly string[]> = {
	any: ['Credit limit changed to {credit}', 'Payment terms changed to {days} days', 'Owner reassigned', 'Category changed to {category}', 'Newsletter sent: {month} edition', 'Address data verified', 'Duplicate check passed'],
	prospect: ['Lead imported from trade fair list', 'Web form enquiry received'],
	key: ['Status changed to key account', 'Annual bonus agreement recorded'],
	blocked: ['Customer blocked: invoices overdue more than 60 days', 'Dunning level 3 reached'],
	lost: ['Status changed to lost', 'No orders for 12 months'],
};

const OUTCOMES: Record<string, readonly string[]> = {
	call: ['Customer will order next week.', 'Sent an updated quote by e-mail.', 'Agreed on a site visit.', 'Needs internal approval; call back in two weeks.', 'Delivery date confirmed.', 'Price accepted; order expected.', 'No demand at the moment.', 'Left a voicemail.', 'Passed on to technical support.', 'Customer is comparing competing offers.'],
	email: ['Quote sent.', 'Customer confirmed by reply.', 'Forwarded to accounting.', 'Answered; no further questions.', 'Samples requested.'],
	meeting: ['Framework agreement extended by one year.', 'Discount of 5 % granted on the next order.', 'Customer wants a trial delivery.', 'Agreed on quarterly reviews.', 'Decision postponed to next quarter.', 'New project with an estimated volume of 20,000 EUR.'],
	visit: ['Stock checked; refill order taken.', 'Demonstrated new products; samples left.', 'Met the new site manager.', 'Complaint resolved on site.', 'Customer plans to expand the workshop.'],
	letter: ['Filed with the contract documents.', 'Signed copy returned.', 'Forwarded to the legal department.'],
	chat: ['Question answered in chat.', 'Tracking link sent.', 'Passed on to the account manager.', 'Password reset link sent.'],
	portal: ['Processed automatically.', 'Checked by the back office.', 'Return label issued.'],
};

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

	/** A moment on a weekday between 07:00 and 17:55 UTC within [from, to], on a 5-minute grid where possible. */
	const businessMoment = (from: number, to: number, weekdaysOnly = true): number => {
		const firstDay = Math.floor(from / DAY);
		const lastDay = Math.floor(to / DAY);
		let day = rng.int(firstDay, lastDay);
		const dow = new Date(day * DAY).getUTCDay();
		if (weekdaysOnly && (dow === 0 || dow === 6)) {
			const back = dow === 6 ? day - 1 : day - 2;
			const forward = dow === 6 ? day + 2 : day + 1;
			if (back >= firstDay) day = back;
			else if (forward <= lastDay) day = forward;
		}
		const slot = 5 * MINUTE;
		let t = day * DAY + rng.int(7, 17) * HOUR + rng.int(0, 11) * slot;
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
				last = fk.person.lastName();
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
	const leaves: { id: Uuid; code: string; spec: LeafSpec; top: string }[] = [];
	// Breadth-first so that every parent row precedes its children in insert order.
	let level: { spec: GroupSpec; parent: Uuid | null; top: string }[] = PRODUCT_TREE.map((spec) => ({ spec, parent: null, top: spec.name }));
	while (level.length > 0) {
		const next: typeof level = [];
		for (const { spec, parent, top } of level) {
			const id = rng.uuid();
			productGroups.push({ id, code: spec.code, name: spec.name, parent });
			if (spec.leaf) leaves.push({ id, code: spec.code, spec: spec.leaf, top });
			for (const child of spec.children ?? []) next.push({ spec: child, parent: id, top });
		}
		level = next;
	}

	const products: ProductRow[] = [];
	const productSegmentLinks: ProductSegmentLinkRow[] = [];
	const productNames = new Set<string>();
	const skuCounter = new Map<string, number>();
	const leafWeights = leaves.map((l) => [l, l.spec.weight] as const);
	for (let i = 0; i < counts.products; i++) {
		// Walk the leaves first so that every group has products even at small scales.
		const leaf = i < leaves.length ? at(leaves, i) : rng.weighted(leafWeights);
		const spec = leaf.spec;
		let name = '';
		let unit: Unit = spec.unit;
		for (let attempt = 0; attempt < 6; attempt++) {
			const rawBase = rng.pick(spec.bases);
			const rawVariant = rng.pick(spec.variants);
			const [baseName, baseUnit] = typeof rawBase === 'string' ? [rawBase, undefined] : rawBase;
			const [variant, variantUnit] = typeof rawVariant === 'string' ? [rawVariant, undefined] : rawVariant;
			const brand = spec.kind === 'goods' && rng.chance(0.6) ? `${rng.pick(BRANDS)} ` : '';
			name = clip(`${brand}${baseName}, ${variant}`, 200);
			unit = variantUnit ?? baseUnit ?? spec.unit;
			if (!productNames.has(name)) break;
		}
		productNames.add(name);
		const seq = (skuCounter.get(leaf.code) ?? 0) + 1;
		skuCounter.set(leaf.code, seq);
		const sku = `${leaf.code}-${String(1000 + seq).padStart(5, '0')}`;

		const [lo, hi] = spec.price;
		// Log-uniform: cheap items are more common than expensive ones within a group.
		const raw = Math.exp(Math.log(lo) + rng.float() * (Math.log(hi) - Math.log(lo)));
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
			description: `${name}. ${rng.pick(features)}`,
			date_created: iso(businessMoment(nowMs - 4 * 365 * DAY, nowMs - 7 * DAY)),
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
			personName = [fk.person.firstName(sex), fk.person.lastName(sex)];
			name = `${personName[0]} ${personName[1]}`;
			legalName = null;
		} else if (isPublic) {
			name = country.locale === 'de' ? rng.pick([`Stadtwerke ${city}`, `Stadt ${city} – Bauhof`, `Gemeindeverwaltung ${city}`]) : rng.pick([`${city} City Council`, `${city} Housing Authority`, `${city} Public Works`]);
			legalName = name;
		} else {
			name = companyName(rng, fk, country, city);
			legalName = `${name} ${rng.weighted(country.legalForms)}`;
		}
		if (usedNames.has(name)) {
			name = `${name} (${city})`;
			if (legalName && !isPublic) legalName = `${legalName} (${city})`;
		}
		for (let n = 2; usedNames.has(name); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
		usedNames.add(name);

		const teamIndex = region.team;
		const ownerIndex = seededRep >= 0 ? seededRep : pickOwner(rng, reps, repTeam, teamIndex, regionId(region.code));
		const owner = at(reps, ownerIndex);

		const channelKind = isPerson
			? rng.weighted([['online', 55], ['retail', 30], ['marketplace', 15]] as const)
			: rng.weighted([['direct', 45], ['dealer', 25], ['online', 15], ['retail', 10], ['marketplace', 5]] as const);

		const createdMs = status === 'prospect' ? businessMoment(nowMs - 420 * DAY, nowMs - 2 * DAY) : businessMoment(nowMs - 6 * 365 * DAY, nowMs - 60 * DAY);
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
			notes: status === 'blocked' ? 'Blocked because of overdue invoices; deliveries only against prepayment.' : status === 'lost' && rng.chance(0.6) ? rng.pick(['Switched to a competitor.', 'Business closed.', 'No longer needs our products.']) : rng.chance(0.15) ? rng.pick(CUSTOMER_NOTES) : null,
			date_created: iso(createdMs),
			date_updated: null,
			user_created: null,
		};

		const weight = (isPerson ? 0.4 : 1) * ({ key: 5, active: 2.2, prospect: 1.2, blocked: 0.8, lost: 0.8 } as Record<string, number>)[status]!;
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

		const segs = isPublic ? [{ id: segmentByCode.get('PUBLIC')! }] : isPerson ? [] : pickDistinct(rng, customerSegments, rng.weighted([[0, 5], [1, 75], [2, 20]] as const));
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
				last = fk.person.lastName(sex);
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
			const phone = rng.chance(0.75) ? (c.row.phone && !person ? `${c.row.phone}-${rng.int(10, 299)}` : landline(rng, country, area)) : null;
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
		const occurredMs = type === 'system' || type === 'portal' ? anyMoment(windowStart, windowEnd) : businessMoment(windowStart, windowEnd, type !== 'chat');
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
		if (type === 'system') {
			const specific = SYSTEM_SUBJECTS[c.row.status];
			template = rng.pick(specific && rng.chance(0.35) ? specific : SYSTEM_SUBJECTS['any']!);
		} else template = rng.pick(SUBJECTS[`${type}:${direction}`]!);
		const subject = clip(template.replace(/\{(\w+)\}/g, (_m, k: string) => vars[k] ?? k), 255);

		const outcomeChance = { call: 0.9, meeting: 0.95, visit: 0.95, email: 0.45, letter: 0.3, chat: 0.7, portal: 0.4, system: 0 }[type];
		let outcome = rng.chance(outcomeChance) ? rng.pick(OUTCOMES[type]!) : null;
		if (type === 'call' && direction === 'inbound' && outcome === 'Left a voicemail.') outcome = 'Customer left a voicemail; called back.';

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
	interactions.sort((a, b) => (a.occurred_at < b.occurred_at ? -1 : a.occurred_at > b.occurred_at ? 1 : 0));

	return {
		crm_regions: regions,
		crm_sales_channels: channels,
		crm_market_segments: segments,
		crm_customer_groups: customerGroups,
		crm_teams: teams,
		crm_sales_reps: reps,
		crm_product_groups: productGroups,
		crm_products: products,
		crm_customers: customers.map((c) => c.row),
		crm_contacts: contacts,
		crm_interactions: interactions,
		crm_customers_customer_groups: customerGroupLinks,
		crm_customers_market_segments: customerSegmentLinks,
		crm_products_market_segments: productSegmentLinks,
	};
}

// ---------------------------------------------------------------------------------------------
// Generator pieces

const COMPANY_STATUS: readonly (readonly [string, number])[] = [['active', 62], ['key', 10], ['prospect', 16], ['blocked', 4], ['lost', 8]];
const PERSON_STATUS: readonly (readonly [string, number])[] = [['active', 70], ['key', 1], ['prospect', 18], ['blocked', 3], ['lost', 8]];

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

function companyName(rng: Rng, fk: Faker, country: CountrySpec, city: string): string {
	const german = country.locale === 'de';
	const trades = german ? DE_TRADES : EN_TRADES;
	switch (rng.weighted([['family', 45], ['partners', 15], ['place', 15], ['brand', 25]] as const)) {
		case 'family':
			return `${fk.person.lastName()} ${rng.pick(trades)}`;
		case 'partners':
			return `${fk.person.lastName()} & ${fk.person.lastName()}`;
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

function pickDistinct<T>(rng: Rng, items: readonly T[], n: number): T[] {
	const pool = [...items];
	const out: T[] = [];
	while (out.length < n && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
	return out;
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
