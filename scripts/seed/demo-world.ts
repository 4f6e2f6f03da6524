// The places and names of the demo world: countries with their cities, phone numbers and tax ids, sales
// regions and teams, channels, segments and customer groups, and how people and companies are named.
import type { Faker } from '@faker-js/faker';
import type { Uuid } from './demo-rows.ts';
import type { Rng } from './random.ts';

export type LocaleKey = 'de' | 'gb' | 'us';

export interface CountrySpec {
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

export const COUNTRIES: Record<string, CountrySpec> = {
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

export interface RegionSpec {
	code: string;
	name: string;
	description: string;
	weight: number;
	team: number;
	countries: readonly (readonly [string, number])[];
	/** German cities per region; other countries list their cities on the country. */
	deCities?: readonly (readonly [string, string])[];
}

export const REGIONS: readonly RegionSpec[] = [
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

export const TEAMS = ['North team', 'South team', 'International team'] as const;
export const TEAM_HOME_REGION = ['DE-N', 'DE-S', 'UK-IE'] as const;

export const CHANNELS = [
	{ code: 'DIRECT', name: 'Direct sales', kind: 'direct' },
	{ code: 'DEALER', name: 'Dealer network', kind: 'dealer' },
	{ code: 'WEBSHOP', name: 'Web shop', kind: 'online' },
	{ code: 'STORES', name: 'Trade counters', kind: 'retail' },
	{ code: 'MARKETPLACE', name: 'Online marketplaces', kind: 'marketplace' },
] as const;

export const SEGMENTS = [
	{ code: 'CONSTR', name: 'Construction', applies_to: 'both', description: 'Building contractors and construction sites.' },
	{ code: 'AUTO', name: 'Automotive', applies_to: 'both', description: 'Vehicle workshops, body shops and suppliers.' },
	{ code: 'MANUF', name: 'Manufacturing', applies_to: 'both', description: 'Industrial production and metalworking.' },
	{ code: 'CRAFT', name: 'Crafts & trades', applies_to: 'both', description: 'Carpenters, electricians, plumbers and other trades.' },
	{ code: 'FACILITY', name: 'Facility management', applies_to: 'customers', description: 'Building services, cleaning and property management.' },
	{ code: 'PUBLIC', name: 'Public sector', applies_to: 'customers', description: 'Municipalities, utilities and public institutions.' },
	{ code: 'DIY', name: 'DIY & home', applies_to: 'products', description: 'Products suited to private customers and home improvement.' },
	{ code: 'MRO', name: 'Maintenance & repair', applies_to: 'products', description: 'Maintenance, repair and operations supplies.' },
] as const;

/** Segments by rule: the CRM keeps their members (the demo refreshes them once it is seeded). Fixed ids keep the random demo world as it was. */
export const RULE_SEGMENTS = [
	{
		id: 'cf5694ce-c317-4d22-a11a-6e93b3b533c9',
		code: 'LAPSED',
		name: 'Lapsed accounts',
		applies_to: 'customers',
		description: 'Active and key accounts without an order for four months: worth a call.',
		rule: { match: 'all', conditions: [{ kind: 'attribute', attribute: 'status', values: ['active', 'key'] }, { kind: 'no_order_for', days: 120 }] },
	},
	{
		id: 'c12b522e-f277-4468-a08d-558d4a1beade',
		code: 'TOPSPEND',
		name: 'Top spenders',
		applies_to: 'customers',
		description: 'Customers with at least 10,000.00 of net revenue in the last twelve months.',
		rule: { match: 'all', conditions: [{ kind: 'revenue', withinDays: 365, atLeast: 1_000_000, below: null }] },
	},
	{
		id: '07310fc2-7b7f-46c8-8392-707af524e358',
		code: 'SERVICES',
		name: 'Services',
		applies_to: 'products',
		description: 'Everything we sell as a service rather than goods.',
		rule: { match: 'all', conditions: [{ kind: 'attribute', attribute: 'kind', values: ['service'] }] },
	},
] as const;

export const GROUPS = [
	{ code: 'WHOLESALE', name: 'Wholesale', description: 'Customers buying in large quantities at wholesale conditions.' },
	{ code: 'DEALERS', name: 'Dealers & resellers', description: 'Partners who resell our products.' },
	{ code: 'KEY', name: 'Key accounts', description: 'Strategic customers with a dedicated service level.' },
	{ code: 'PUBLIC', name: 'Public sector', description: 'Public tenders and framework contracts.' },
	{ code: 'PRIVATE', name: 'Private customers', description: 'Consumers and sole proprietors without a VAT number.' },
	{ code: 'EXPORT', name: 'Export', description: 'Customers outside the DACH region.' },
] as const;

export const DE_TRADES = ['Bau', 'Metallbau', 'Haustechnik', 'Elektrotechnik', 'Maschinenbau', 'Holzbau', 'Gebäudeservice', 'Fahrzeugtechnik', 'Dachtechnik', 'Industrieservice', 'Logistik', 'Sanitär & Heizung', 'Montagebau', 'Stahlbau'];
export const EN_TRADES = ['Construction', 'Engineering', 'Building Services', 'Electrical', 'Fabrication', 'Facilities', 'Plumbing & Heating', 'Joinery', 'Logistics', 'Industrial Supply', 'Automotive', 'Roofing', 'Steelworks'];
export const DE_STEMS = ['Nord', 'Süd', 'Rhein', 'Elb', 'Isar', 'Hansa', 'Alpen', 'Weser', 'Main', 'Donau'];
export const DE_SUFFIXES = ['tec', 'werk', 'bau', 'plan', 'form', 'tronic', 'montage', 'service'];
export const EN_STEMS = ['North', 'Iron', 'Bright', 'Stone', 'Oak', 'River', 'Summit', 'Harbour', 'Kings', 'Red'];
export const EN_SUFFIXES = ['gate', 'line', 'works', 'field', 'bridge', 'point', 'tech', 'craft'];

export function countryOf(code: string): CountrySpec {
	const c = COUNTRIES[code];
	if (!c) throw new Error(`unknown country ${code}`);
	return c;
}

export function regionSpecOf(id: Uuid | null, idByCode: Map<string, Uuid>): RegionSpec {
	for (const r of REGIONS) if (idByCode.get(r.code) === id) return r;
	throw new Error(`unknown region id ${String(id)}`);
}

/** Cities of a country; German cities depend on the region (or all German regions when none is given). */
export function countryCities(country: CountrySpec, region: RegionSpec | null): readonly (readonly [string, string])[] {
	if (country.code !== 'DE') return country.cities;
	if (region?.deCities) return region.deCities;
	return REGIONS.flatMap((r) => r.deCities ?? []);
}

export function landline(rng: Rng, country: CountrySpec, area: string): string {
	if (country.dial === '1') return `+1 ${area} ${rng.int(200, 989)}-${rng.digits(4)}`;
	if (country.code === 'CH') return `+41 ${area} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`;
	if (country.code === 'GB' || country.code === 'IE') return `+${country.dial} ${area} ${rng.digits(3)} ${rng.digits(4)}`;
	return `+${country.dial} ${area} ${rng.digits(rng.int(5, 8))}`;
}

export function mobileNumber(rng: Rng, country: CountrySpec): string {
	if (country.dial === '1') return `+1 ${rng.pick(country.cities)[1]} ${rng.int(200, 989)}-${rng.digits(4)}`;
	const prefix = rng.pick(country.mobile);
	if (country.code === 'CH') return `+41 ${prefix} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`;
	if (country.code === 'GB') return `+44 ${prefix} ${rng.digits(6)}`;
	if (country.code === 'IE') return `+353 ${prefix} ${rng.digits(3)} ${rng.digits(4)}`;
	return `+${country.dial} ${prefix} ${rng.digits(7)}`;
}

export function street(rng: Rng, fk: Faker, country: CountrySpec): string {
	const name = fk.location.street();
	const number = rng.int(1, rng.chance(0.8) ? 120 : 400);
	if (country.locale === 'de') return `${name} ${number}${rng.chance(0.08) ? rng.pick(['a', 'b']) : ''}`;
	return `${number} ${name}`;
}

/** A last name of at least three letters: faker's lists contain particles like "De" that read oddly alone. */
export function surname(fk: Faker, sex?: 'female' | 'male'): string {
	let name = fk.person.lastName(sex);
	for (let attempt = 0; attempt < 5 && name.length < 3; attempt++) name = fk.person.lastName(sex);
	return name;
}

export function companyName(rng: Rng, fk: Faker, country: CountrySpec, city: string): string {
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
