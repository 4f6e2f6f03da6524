import { describe, expect, it } from 'vitest';
import { DASHBOARDS, ROLES } from '../../../scripts/access/define-access.ts';

describe('the access model', () => {
	it.each(ROLES.map((r) => [r.name, r] as const))('%s holds at most one permission per collection and action (Directus keeps only one)', (_, role) => {
		const keys = role.policy.permissions.map((p) => `${p.collection}:${p.action}`);
		expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
	});

	it('every dashboard is opened by a role besides the administrator, with its panels', () => {
		const ids = (collection: string, key: string) => ROLES.flatMap((r) => r.policy.permissions.filter((p) => p.collection === collection).flatMap((p) => (p.permissions as Record<string, { _in: string[] }> | null)?.[key]?._in ?? []));
		expect(DASHBOARDS.filter((d) => !ids('directus_dashboards', 'id').includes(d.id)).map((d) => d.name)).toEqual([]);
		expect(DASHBOARDS.filter((d) => !ids('directus_panels', 'dashboard').includes(d.id)).map((d) => d.name)).toEqual([]);
	});
});
