// The fixed vocabulary of the scale data: regions, sales channels, customer groups, the product-group tree
// and the words names and subjects are made of. Sizes come from the options; these lists do not grow.

export interface ScaleRegion {
	code: string;
	name: string;
	/** Share of the customers. */
	weight: number;
	countries: readonly string[];
	cities: readonly string[];
	/** Customers of the region buy in the foreign currency (the others in the base currency). */
	foreign: boolean;
}

export const SCALE_REGIONS: readonly ScaleRegion[] = [
	{ code: 'DE-N', name: 'Germany North', weight: 18, countries: ['DE'], cities: ['Hamburg', 'Bremen', 'Hannover', 'Berlin', 'Leipzig', 'Kiel'], foreign: false },
	{ code: 'DE-S', name: 'Germany South', weight: 18, countries: ['DE'], cities: ['München', 'Stuttgart', 'Nürnberg', 'Augsburg', 'Freiburg', 'Ulm'], foreign: false },
	{ code: 'DE-W', name: 'Germany West', weight: 14, countries: ['DE'], cities: ['Köln', 'Düsseldorf', 'Dortmund', 'Essen', 'Frankfurt', 'Bonn'], foreign: false },
	{ code: 'AT-CH', name: 'Austria & Switzerland', weight: 11, countries: ['AT', 'CH'], cities: ['Wien', 'Graz', 'Linz', 'Zürich', 'Basel', 'Bern'], foreign: false },
	{ code: 'BNL', name: 'Benelux', weight: 10, countries: ['NL', 'BE', 'LU'], cities: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Antwerpen', 'Brussel', 'Luxembourg'], foreign: false },
	{ code: 'FR', name: 'France', weight: 10, countries: ['FR'], cities: ['Paris', 'Lyon', 'Lille', 'Strasbourg', 'Toulouse', 'Nantes'], foreign: false },
	{ code: 'NORD', name: 'Nordics', weight: 9, countries: ['DK', 'SE', 'FI'], cities: ['København', 'Aarhus', 'Stockholm', 'Göteborg', 'Helsinki', 'Malmö'], foreign: false },
	{ code: 'NA', name: 'North America', weight: 10, countries: ['US', 'CA'], cities: ['Chicago', 'Boston', 'Atlanta', 'Denver', 'Toronto', 'Seattle'], foreign: true },
];

export const SCALE_CHANNELS = [
	{ code: 'DIRECT', name: 'Direct sales', kind: 'direct', weight: 35 },
	{ code: 'DEALER', name: 'Dealer network', kind: 'dealer', weight: 20 },
	{ code: 'WEBSHOP', name: 'Web shop', kind: 'online', weight: 25 },
	{ code: 'STORES', name: 'Trade counters', kind: 'retail', weight: 10 },
	{ code: 'MARKETPLACE', name: 'Online marketplaces', kind: 'marketplace', weight: 10 },
] as const;

export const SCALE_CUSTOMER_GROUPS = [
	['WHOLESALE', 'Wholesale'],
	['DEALERS', 'Dealers & resellers'],
	['KEY', 'Key accounts'],
	['PUBLIC', 'Public sector'],
	['PRIVATE', 'Private customers'],
	['EXPORT', 'Export'],
	['CRAFT', 'Crafts & trades'],
	['INDUSTRY', 'Industry'],
	['FACILITY', 'Facility management'],
	['FRAMEWORK', 'Framework contracts'],
] as const;

export interface ScaleLeaf {
	name: string;
	kind: 'goods' | 'service';
	units: readonly string[];
	/** Median list price in minor units. */
	price: number;
	/** Share of the products. */
	weight: number;
	/** What the products are called, followed by a variant. */
	nouns: readonly string[];
}

export interface ScaleTopGroup {
	code: string;
	name: string;
	mids: readonly { code: string; name: string; leaves: readonly ScaleLeaf[] }[];
}

const g = (name: string, price: number, nouns: string[], units: string[] = ['pcs'], weight = 1): ScaleLeaf => ({ name, kind: 'goods', units, price, weight, nouns });
const s = (name: string, price: number, nouns: string[], units: string[] = ['h'], weight = 0.4): ScaleLeaf => ({ name, kind: 'service', units, price, weight, nouns });

/** Six top groups, three below each, two leaves below those: 60 groups, products in the leaves. */
export const SCALE_PRODUCT_TREE: readonly ScaleTopGroup[] = [
	{
		code: 'TOOLS',
		name: 'Tools',
		mids: [
			{ code: 'HAND', name: 'Hand tools', leaves: [g('Screwdrivers & bits', 900, ['Screwdriver', 'Bit set', 'Torx driver']), g('Pliers & wrenches', 2200, ['Combination pliers', 'Wrench', 'Torque wrench'])] },
			{ code: 'POWER', name: 'Power tools', leaves: [g('Drills & drivers', 14900, ['Cordless drill', 'Impact driver', 'Hammer drill'], ['pcs', 'set']), g('Saws & grinders', 12900, ['Angle grinder', 'Circular saw', 'Jigsaw'])] },
			{ code: 'MEASURE', name: 'Measuring', leaves: [g('Levels & lasers', 8900, ['Spirit level', 'Line laser', 'Rotary laser']), g('Gauges', 3900, ['Calliper', 'Tape measure', 'Feeler gauge'])] },
		],
	},
	{
		code: 'FAST',
		name: 'Fasteners',
		mids: [
			{ code: 'SCREWS', name: 'Screws', leaves: [g('Wood screws', 690, ['Wood screw box', 'Chipboard screw'], ['pack']), g('Machine screws', 890, ['Hex bolt', 'Socket cap screw'], ['pack'])] },
			{ code: 'ANCHOR', name: 'Anchors', leaves: [g('Plugs', 590, ['Nylon plug', 'Frame plug'], ['pack']), g('Heavy anchors', 1990, ['Bolt anchor', 'Chemical anchor'], ['pack', 'pcs'])] },
			{ code: 'NAILS', name: 'Nails & rivets', leaves: [g('Nails', 490, ['Wire nail', 'Roofing nail'], ['kg', 'pack']), g('Rivets', 790, ['Blind rivet', 'Solid rivet'], ['pack'])] },
		],
	},
	{
		code: 'SAFETY',
		name: 'Safety',
		mids: [
			{ code: 'PPE', name: 'Protective wear', leaves: [g('Gloves', 690, ['Work glove', 'Cut-resistant glove'], ['pack', 'pcs']), g('Helmets & goggles', 2490, ['Safety helmet', 'Goggles', 'Face shield'])] },
			{ code: 'FOOT', name: 'Footwear', leaves: [g('Safety shoes', 7990, ['Safety shoe S3', 'Safety boot']), g('Insoles & care', 1290, ['Insole', 'Shoe care kit'])] },
			{ code: 'SITE', name: 'Site safety', leaves: [g('Barriers & signs', 3490, ['Barrier', 'Warning sign']), g('First aid', 2990, ['First aid kit', 'Eye wash station'])] },
		],
	},
	{
		code: 'CONS',
		name: 'Consumables',
		mids: [
			{ code: 'ABRAS', name: 'Abrasives', leaves: [g('Discs', 390, ['Cutting disc', 'Flap disc'], ['pcs', 'pack']), g('Sanding', 590, ['Sanding sheet', 'Sanding roll'], ['pack', 'm'])] },
			{ code: 'CHEM', name: 'Chemicals', leaves: [g('Adhesives', 890, ['Construction adhesive', 'Epoxy'], ['pcs', 'l']), g('Lubricants & cleaners', 790, ['Multi-purpose oil', 'Brake cleaner'], ['l', 'pcs'])] },
			{ code: 'TAPE', name: 'Tapes & sealants', leaves: [g('Tapes', 490, ['Duct tape', 'Masking tape'], ['pcs', 'm']), g('Sealants', 690, ['Silicone', 'Acrylic sealant'])] },
		],
	},
	{
		code: 'ELEC',
		name: 'Electrical',
		mids: [
			{ code: 'CABLE', name: 'Cables', leaves: [g('Installation cable', 190, ['Installation cable', 'Flex cable'], ['m']), g('Extension leads', 2490, ['Extension reel', 'Power strip'])] },
			{ code: 'LIGHT', name: 'Lighting', leaves: [g('Work lights', 4990, ['LED work light', 'Head torch']), g('Site lighting', 15900, ['Tower light', 'Floodlight'])] },
			{ code: 'INSTALL', name: 'Installation', leaves: [g('Switches & sockets', 890, ['Switch', 'Socket outlet']), g('Distribution', 8900, ['Distribution board', 'Circuit breaker'])] },
		],
	},
	{
		code: 'SERV',
		name: 'Services',
		mids: [
			{ code: 'REPAIR', name: 'Repairs', leaves: [s('Tool repair', 6900, ['Repair labour', 'Diagnosis']), s('Calibration', 9900, ['Calibration', 'Certificate'], ['pcs'])] },
			{ code: 'TRAIN', name: 'Training', leaves: [s('Safety training', 39000, ['Safety course', 'Refresher course'], ['day']), s('Product training', 29000, ['Product workshop', 'Webinar'], ['day', 'h'])] },
			{ code: 'RENT', name: 'Rental & delivery', leaves: [s('Equipment rental', 4900, ['Rental day', 'Rental week'], ['day']), s('Delivery', 2900, ['Express delivery', 'Site delivery'], ['pcs'])] },
		],
	},
];

export const VARIANTS = ['S', 'M', 'L', 'XL', 'Pro', 'Basic', 'Plus', 'Compact', 'Heavy', 'Eco', 'Max', 'Mini'];

export const COMPANY_STEMS = ['Nord', 'Süd', 'Rhein', 'Elb', 'Isar', 'Hansa', 'Alpen', 'Weser', 'Iron', 'Bright', 'Stone', 'Oak', 'River', 'Summit', 'Harbour', 'Kings', 'Red', 'Blue', 'Delta', 'Polar'];
export const COMPANY_TRADES = ['Bau', 'Metallbau', 'Haustechnik', 'Elektro', 'Maschinenbau', 'Holzbau', 'Construction', 'Engineering', 'Facilities', 'Plumbing', 'Joinery', 'Logistics', 'Industrial', 'Roofing', 'Steelworks', 'Automotive'];
export const LEGAL_FORMS = ['GmbH', 'AG', 'KG', 'GmbH & Co. KG', 'Ltd', 'Inc.', 'BV', 'SA', 'AB', 'Oy'];
export const FIRST_NAMES = ['Anna', 'Ben', 'Clara', 'David', 'Emma', 'Felix', 'Greta', 'Hannah', 'Jonas', 'Julia', 'Karl', 'Lena', 'Lukas', 'Marie', 'Max', 'Mia', 'Noah', 'Paul', 'Sophie', 'Tom', 'Olivia', 'James', 'Lucas', 'Elin', 'Sanna', 'Pierre', 'Camille', 'Daan', 'Fleur', 'Mark'];
export const LAST_NAMES = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Koch', 'Richter', 'Klein', 'Wolf', 'Smith', 'Jones', 'Brown', 'Martin', 'Bernard', 'de Vries', 'Jansen', 'Larsen', 'Nieminen', 'Andersson', 'Huber', 'Gruber', 'Dubois', 'Taylor', 'Wilson', 'Peeters', 'Lehmann'];
export const POSITIONS = ['Purchasing', 'Managing director', 'Site manager', 'Workshop lead', 'Accounts payable', 'Technical buyer', 'Owner', 'Facility manager'];

/** Subjects per interaction type; {g} is a product group, {n} a number. */
export const SUBJECTS: Record<string, readonly string[]> = {
	call: ['Follow-up on proposal {n}', 'Question about delivery of order {n}', 'Reorder {g}', 'Price enquiry {g}', 'Complaint about {g}', 'Introduced new {g} range', 'Checked stock of {g}', 'Payment reminder call'],
	email: ['Proposal {n} sent', 'Order confirmation {n}', 'Catalogue {g}', 'Question about invoice {n}', 'Delivery date for order {n}', 'New prices for {g}', 'Request for a quote: {g}', 'Thank you for your order'],
	meeting: ['Annual review', 'Framework agreement talks', 'Product presentation {g}', 'Quarterly business review', 'Kick-off for project {n}'],
	visit: ['Site visit', 'Demonstration of {g}', 'Stock check on site', 'New site walk-through'],
	chat: ['Chat: availability of {g}', 'Chat: order status {n}', 'Chat: opening hours'],
	letter: ['Framework contract {n}', 'Price list {g}', 'Certificate for {g}'],
	system: ['Customer record updated', 'Credit limit reviewed', 'Address changed', 'Payment terms changed'],
};

export const OUTCOMES = ['Agreed to a proposal', 'Will order next week', 'Asked for samples', 'No demand at the moment', 'Price too high', 'Meeting agreed', 'Issue solved', 'Wants a call back'];
export const CANCEL_REASONS = ['Customer withdrew the order', 'Duplicate order', 'Delivery date not acceptable', 'Credit check failed', 'Ordered the wrong items'];
