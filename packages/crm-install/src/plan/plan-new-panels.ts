import type { DashboardDef, PanelDef } from './access-model.ts';

/**
 * The panels an upgrade from `installedBefore` adds to a dashboard the project already has: those a later release
 * placed on it, unless a panel of their kind is there already. A panel of an earlier release that is missing was
 * removed by the administrator and stays removed.
 */
export function planNewPanels(dashboard: DashboardDef, present: readonly { type: string }[], installedBefore: number): PanelDef[] {
	return dashboard.panels.filter((panel) => (panel.since ?? 0) > installedBefore && !present.some((p) => p.type === panel.type));
}
