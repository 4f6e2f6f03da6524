// How the company sells: regions, sales channels, market segments, customer groups, teams and their reps.
import type { CustomerGroupRow, MarketSegmentRow, RegionRow, SalesChannelRow, SalesRepRow, TeamRow, Uuid } from './demo-rows.ts';
import type { DemoContext } from './demo-context.ts';
import { at, slug } from './demo-text.ts';
import { CHANNELS, countryCities, countryOf, GROUPS, landline, REGIONS, RULE_SEGMENTS, SEGMENTS, surname, TEAM_HOME_REGION, TEAMS } from './demo-world.ts';

export interface SalesStructure {
	regions: RegionRow[];
	regionIdByCode: Map<string, Uuid>;
	regionId: (code: string) => Uuid;
	channels: SalesChannelRow[];
	channelByKind: Map<string, Uuid>;
	segments: MarketSegmentRow[];
	segmentByCode: Map<string, Uuid>;
	customerGroups: CustomerGroupRow[];
	groupByCode: Map<string, Uuid>;
	teams: TeamRow[];
	reps: SalesRepRow[];
	/** The team index of each rep, in rep order. */
	repTeam: number[];
}

/** Four reps per team, two in each of its regions; the first is the persona of the docs. */
function generateReps(ctx: DemoContext, s: Pick<SalesStructure, 'teams' | 'regionId'>): Pick<SalesStructure, 'reps' | 'repTeam'> {
	const { rng, fakers } = ctx;
	const reps: SalesRepRow[] = [];
	const repTeam: number[] = [];
	const repEmails = new Set<string>();
	s.teams.forEach((team, t) => {
		const teamRegions = REGIONS.filter((r) => r.team === t);
		for (let k = 0; k < 4; k++) {
			const region = at(teamRegions, k < 2 ? 0 : 1);
			const country = countryOf(at(region.countries, 0)[0]);
			const fk = fakers[country.locale];
			// The persona used in docs and demos: `rita.rep@example.com` logs in as this rep.
			const [first, last] = t === 0 && k === 0 ? ['Rita', 'Rep'] : [fk.person.firstName(), surname(fk)];
			let email = `${slug(first, '.')}.${slug(last, '.')}@example.com`;
			for (let n = 2; repEmails.has(email); n++) email = `${slug(first, '.')}.${slug(last, '.')}${n}@example.com`;
			repEmails.add(email);
			const [, area] = rng.pick(countryCities(country, region));
			reps.push({ id: rng.uuid(), name: `${first} ${last}`, user: null, team: team.id, region: s.regionId(region.code), email, phone: landline(rng, country, area), active: true });
			repTeam.push(t);
		}
	});
	return { reps, repTeam };
}

export function generateSalesStructure(ctx: DemoContext): SalesStructure {
	const { rng } = ctx;
	const regions: RegionRow[] = REGIONS.map((r) => ({ id: rng.uuid(), code: r.code, name: r.name, description: r.description }));
	const regionIdByCode = new Map(REGIONS.map((r, i) => [r.code, at(regions, i).id]));
	const regionId = (code: string): Uuid => {
		const id = regionIdByCode.get(code);
		if (!id) throw new Error(`unknown region ${code}`);
		return id;
	};
	const channels: SalesChannelRow[] = CHANNELS.map((c) => ({ id: rng.uuid(), code: c.code, name: c.name, kind: c.kind, active: true }));
	const segments: MarketSegmentRow[] = [
		...SEGMENTS.map((s) => ({ id: rng.uuid(), code: s.code, name: s.name, applies_to: s.applies_to, description: s.description, definition: 'manual' as const, rule: null, member_count: null, refreshed_at: null })),
		...RULE_SEGMENTS.map((s) => ({ id: s.id, code: s.code, name: s.name, applies_to: s.applies_to, description: s.description, definition: 'rule' as const, rule: s.rule, member_count: null, refreshed_at: null })),
	];
	const customerGroups: CustomerGroupRow[] = GROUPS.map((g) => ({ id: rng.uuid(), code: g.code, name: g.name, description: g.description }));
	const teams: TeamRow[] = TEAMS.map((name, i) => ({ id: rng.uuid(), name, manager: null, region: regionId(at(TEAM_HOME_REGION, i)) }));
	return {
		regions,
		regionIdByCode,
		regionId,
		channels,
		channelByKind: new Map(channels.map((c) => [c.kind, c.id])),
		segments,
		segmentByCode: new Map(segments.map((s) => [s.code, s.id])),
		customerGroups,
		groupByCode: new Map(customerGroups.map((g) => [g.code, g.id])),
		teams,
		...generateReps(ctx, { teams, regionId }),
	};
}
