import { describe, expect, test } from 'vitest';
import type { DashboardDef, PanelDef } from '../../../packages/crm-install/src/plan/access-model.ts';
import { planNewPanels } from '../../../packages/crm-install/src/plan/plan-new-panels.ts';

const panel = (type: string, since?: number): PanelDef => ({ type, name: type, icon: 'flag', position_x: 1, position_y: 1, width: 10, height: 10, options: {}, ...(since === undefined ? {} : { since }) });
const dashboard: DashboardDef = { id: 'd', name: 'Sales management', icon: 'flag', note: '', panels: [panel('crm-sales-plans'), panel('crm-sales-forecast'), panel('crm-reorder-list', 11), panel('crm-activity-targets', 12)] };

describe('planNewPanels', () => {
	test.each([
		['from version 9, both later panels are added', 9, [{ type: 'crm-sales-plans' }, { type: 'crm-sales-forecast' }], ['crm-reorder-list', 'crm-activity-targets']],
		['from version 11, only the panel of version 12', 11, [{ type: 'crm-sales-plans' }, { type: 'crm-sales-forecast' }, { type: 'crm-reorder-list' }], ['crm-activity-targets']],
		['from version 12, nothing: the project has this release\'s dashboard', 12, [{ type: 'crm-sales-plans' }], []],
		['a panel of the first release the administrator removed stays removed', 9, [{ type: 'crm-sales-plans' }], ['crm-reorder-list', 'crm-activity-targets']],
		['a later panel already there (a project made between releases) is not added twice', 10, [{ type: 'crm-reorder-list' }], ['crm-activity-targets']],
		['a panel of the administrator\'s own kind beside ours changes nothing', 9, [{ type: 'metric' }, { type: 'crm-sales-plans' }], ['crm-reorder-list', 'crm-activity-targets']],
	])('%s', (_, from, present, added) => {
		expect(planNewPanels(dashboard, present, from).map((p) => p.type)).toEqual(added);
	});
});
