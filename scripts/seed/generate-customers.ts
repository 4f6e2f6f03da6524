// Customers: companies, public bodies and private persons across the sales regions, with owners, channels,
// credit terms, their customer groups and market segments, and how active each one is (for interactions).
import type { Faker } from '@faker-js/faker';
import type { ContactRow, CustomerGroupLinkRow, CustomerRow, CustomerSegmentLinkRow, Uuid } from './demo-rows.ts';
import type { DemoContext } from './demo-context.ts';
import { category, COMPANY_STATUS, creditLimit, customerNote, paymentTerms, PERSON_STATUS, pickOwner, STATUS_ACTIVITY } from './demo-customer-traits.ts';
import { at, clip, slug } from './demo-text.ts';
import { companyName, countryCities, countryOf, type CountrySpec, landline, REGIONS, type RegionSpec, regionSpecOf, street, surname } from './demo-world.ts';
import type { SalesStructure } from './generate-sales-structure.ts';
import { DAY, iso } from './moments.ts';
import { pickDistinct } from './random.ts';

const UNCLASSIFIED = { abc_revenue: null, abc_margin: null, xyz: null, rfm: null, class_revenue_base: null, class_margin_base: null, class_rule: null, classified_at: null };
/** Filled later by the seed's own steps: the reorder run sets the churn flag, the visit demo the coordinates; the owner change reason is never stored. */
const FILLED_LATER = { churn_risk: false, churn_risk_note: null, latitude_e6: null, longitude_e6: null, owner_change_reason: null };

export interface CustomerInfo {
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

export interface Customers {
	customers: CustomerInfo[];
	customerGroupLinks: CustomerGroupLinkRow[];
	customerSegmentLinks: CustomerSegmentLinkRow[];
}

/** What a new customer is: where, which kind, which status. */
interface Sketch {
	region: RegionSpec;
	country: CountrySpec;
	fk: Faker;
	city: string;
	area: string;
	isPerson: boolean;
	isPublic: boolean;
	status: string;
	seededRep: number;
}

function sketchCustomer(ctx: DemoContext, sales: SalesStructure, i: number): Sketch {
	const { rng } = ctx;
	// The first customers go round the reps so that every rep owns at least one customer.
	const seededRep = i < sales.reps.length ? i : -1;
	const region = seededRep >= 0 ? regionSpecOf(at(sales.reps, seededRep).region, sales.regionIdByCode) : rng.weighted(REGIONS.map((r) => [r, r.weight] as const));
	const country = countryOf(rng.weighted(region.countries));
	const fk = ctx.fakers[country.locale];
	const [city, area] = rng.pick(countryCities(country, region));
	const isPerson = rng.chance(0.15);
	const status = rng.weighted(isPerson ? PERSON_STATUS : COMPANY_STATUS);
	const isPublic = !isPerson && rng.chance(0.05);
	return { region, country, fk, city, area, isPerson, isPublic, status, seededRep };
}

/** Name and legal name; namesakes (two people called Anna Müller) get a number that tells them apart in lists. */
function nameCustomer(ctx: DemoContext, s: Sketch, usedNames: Set<string>): { name: string; legalName: string | null; personName: [string, string] | null } {
	const { rng } = ctx;
	const { fk, country, city } = s;
	let name: string;
	let legalName: string | null;
	let personName: [string, string] | null = null;
	if (s.isPerson) {
		const sex = rng.chance(0.5) ? 'female' : 'male';
		personName = [fk.person.firstName(sex), surname(fk, sex)];
		name = `${personName[0]} ${personName[1]}`;
		legalName = null;
	} else if (s.isPublic) {
		name = country.locale === 'de' ? rng.pick([`Stadtwerke ${city}`, `Stadt ${city} – Bauhof`, `Gemeindeverwaltung ${city}`]) : rng.pick([`${city} City Council`, `${city} Housing Authority`, `${city} Public Works`]);
		legalName = name;
	} else {
		name = companyName(rng, fk, country, city);
		for (let attempt = 0; attempt < 8 && usedNames.has(name); attempt++) name = companyName(rng, fk, country, city);
		legalName = `${name} ${rng.weighted(country.legalForms)}`;
	}
	const baseName = name;
	for (let n = 2; usedNames.has(name); n++) name = `${baseName} ${n}`;
	usedNames.add(name);
	return { name, legalName, personName };
}

function uniqueDomain(name: string, usedDomains: Set<string>): string {
	const base = slug(name).slice(0, 40).replace(/-+$/, '');
	let domain = `${base}.example`;
	for (let n = 2; usedDomains.has(domain); n++) domain = `${base}${n}.example`;
	usedDomains.add(domain);
	return domain;
}

function customerEmail(ctx: DemoContext, s: Sketch, domain: string | null, personName: readonly [string, string] | null): string | null {
	const { rng } = ctx;
	if (domain && rng.chance(0.92)) return `${rng.pick(s.country.locale === 'de' ? ['info', 'kontakt', 'office', 'einkauf'] : ['info', 'office', 'sales', 'purchasing'])}@${domain}`;
	if (personName && rng.chance(0.8)) return `${slug(personName[0], '.')}.${slug(personName[1], '.')}@${rng.pick(['mail', 'post', 'web', 'inbox'])}.example`;
	return null;
}

/** The customer's groups (by what it is) and market segments (a public body is PUBLIC; persons have none). */
function linkCustomer(ctx: DemoContext, sales: SalesStructure, out: Customers, s: Sketch, row: CustomerRow, channelKind: string): void {
	const { rng } = ctx;
	const groupCodes = new Set<string>();
	if (s.isPerson) groupCodes.add('PRIVATE');
	if (s.isPublic) groupCodes.add('PUBLIC');
	if (s.status === 'key') groupCodes.add('KEY');
	if (channelKind === 'dealer') groupCodes.add('DEALERS');
	if ((s.region.code === 'UK-IE' || s.region.code === 'NA') && rng.chance(0.6)) groupCodes.add('EXPORT');
	if (!s.isPerson && !s.isPublic && row.credit_limit >= 2_000_000 && rng.chance(0.5)) groupCodes.add('WHOLESALE');
	if (groupCodes.size === 0 && !s.isPerson && rng.chance(0.35)) groupCodes.add('WHOLESALE');
	for (const code of groupCodes) out.customerGroupLinks.push({ crm_customers_id: row.id, crm_customer_groups_id: sales.groupByCode.get(code)! });
	const customerSegments = sales.segments.filter((x) => x.applies_to !== 'products' && x.code !== 'PUBLIC');
	let segs: readonly { id: Uuid }[] = [];
	if (s.isPublic) segs = [{ id: sales.segmentByCode.get('PUBLIC')! }];
	else if (!s.isPerson) segs = pickDistinct(rng, customerSegments, rng.weighted([[0, 5], [1, 75], [2, 20]] as const));
	for (const seg of segs) out.customerSegmentLinks.push({ crm_customers_id: row.id, crm_market_segments_id: seg.id });
}

function generateCustomer(ctx: DemoContext, sales: SalesStructure, out: Customers, i: number, used: { names: Set<string>; domains: Set<string> }): void {
	const { rng, nowMs } = ctx;
	const s = sketchCustomer(ctx, sales, i);
	const { name, legalName, personName } = nameCustomer(ctx, s, used.names);
	const { country, isPerson, status } = s;
	const ownerIndex = s.seededRep >= 0 ? s.seededRep : pickOwner(rng, sales.reps, sales.repTeam, s.region.team, sales.regionId(s.region.code));
	const channelKind = isPerson ? rng.weighted([['online', 55], ['retail', 30], ['marketplace', 15]] as const) : rng.weighted([['direct', 45], ['dealer', 25], ['online', 15], ['retail', 10], ['marketplace', 5]] as const);
	const createdMs = status === 'prospect' ? ctx.businessMoment(nowMs - 420 * DAY, nowMs - 2 * DAY, country.utcOffset) : ctx.businessMoment(nowMs - 6 * 365 * DAY, nowMs - 60 * DAY, country.utcOffset);
	const windowStart = Math.max(createdMs, nowMs - 730 * DAY);
	const activeUntilMs = status === 'lost' ? windowStart + Math.floor((0.35 + rng.float() * 0.55) * (nowMs - 30 * DAY - windowStart)) : nowMs;
	const domain = isPerson ? null : uniqueDomain(name, used.domains);
	const email = customerEmail(ctx, s, domain, personName);
	const currency = country.currency === 'EUR' && !isPerson && rng.chance(0.03) ? 'USD' : country.currency;
	const streetLine = street(rng, s.fk, country);
	const row: CustomerRow = {
		id: rng.uuid(),
		kind: isPerson ? 'person' : 'company',
		name: clip(name, 200),
		legal_name: legalName === null ? null : clip(legalName, 255),
		tax_id: isPerson || (status === 'prospect' && rng.chance(0.5)) ? null : country.taxId(rng),
		status,
		category: category(rng, status, isPerson),
		region: sales.regionId(s.region.code),
		owner: at(sales.reps, ownerIndex).id,
		sales_channel: sales.channelByKind.get(channelKind) ?? null,
		credit_limit: creditLimit(rng, status, isPerson),
		payment_terms_days: paymentTerms(rng, status, isPerson),
		currency,
		email,
		phone: rng.chance(isPerson ? 0.6 : 0.95) ? landline(rng, country, s.area) : null,
		website: domain && rng.chance(0.85) ? `https://www.${domain}` : null,
		country: country.code,
		city: s.city,
		address: streetLine,
		notes: customerNote(rng, status),
		// Classes come from the classification run the seed ends with, through the same use case as the nightly job.
		...UNCLASSIFIED,
		...FILLED_LATER,
		date_created: iso(createdMs),
		date_updated: null,
		user_created: null,
	};
	// Weighting by the length of the active window keeps the activity per day even over time.
	const windowShare = Math.max(0.02, (activeUntilMs - windowStart) / (730 * DAY));
	const weight = (isPerson ? 0.4 : 1) * STATUS_ACTIVITY[status]! * windowShare;
	out.customers.push({ row, country, createdMs, activeUntilMs, teamIndex: s.region.team, contacts: [], person: personName, domain, weight });
	linkCustomer(ctx, sales, out, s, row, channelKind);
}

export function generateCustomers(ctx: DemoContext, sales: SalesStructure, count: number): Customers {
	const out: Customers = { customers: [], customerGroupLinks: [], customerSegmentLinks: [] };
	const used = { names: new Set<string>(), domains: new Set<string>() };
	for (let i = 0; i < count; i++) generateCustomer(ctx, sales, out, i, used);
	return out;
}
