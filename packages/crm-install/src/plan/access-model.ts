/** Roles, policies, permissions, list layouts and dashboards the module brings into a project. */

type Filter = Record<string, unknown>;

export interface PermissionDef {
	collection: string;
	action: 'create' | 'read' | 'update' | 'delete';
	permissions?: Filter | null;
	validation?: Filter | null;
	presets?: Record<string, unknown> | null;
	fields?: string[];
}

export interface PolicyDef {
	/** Fixed, so that the module finds its own policy and never mistakes a project's policy of the same name for it. */
	id: string;
	name: string;
	icon: string;
	description: string;
	admin_access: boolean;
	app_access: boolean;
	permissions: PermissionDef[];
}

export interface RoleDef {
	/** Fixed, like the policy's: the module's role whatever the project calls its own roles. */
	id: string;
	name: string;
	icon: string;
	description: string;
	policy: PolicyDef;
}

export interface PanelDef {
	type: string;
	name: string;
	icon: string;
	position_x: number;
	position_y: number;
	width: number;
	height: number;
	options: Record<string, unknown>;
	/**
	 * The CRM schema version whose release first placed this panel on its dashboard, when that came after the
	 * dashboard itself: an upgrade from an earlier version adds it to the dashboard the project already has.
	 * A release that adds a panel and changes no schema adds a migration that changes nothing, so the version moves.
	 */
	since?: number;
}

export interface DashboardDef {
	id: string;
	name: string;
	icon: string;
	note: string;
	panels: PanelDef[];
}

export interface ListLayout {
	fields: string[];
	sort: string[];
	/** 'tabular' unless given. */
	layout?: 'tabular' | 'kanban';
	/** The layout's options (for the board: the group, title and text fields). */
	options?: Record<string, unknown>;
}

export interface AccessModel {
	/** The module's extensions by name, so that uninstall can switch off exactly these. */
	extensions: string[];
	roles: RoleDef[];
	/** Project-wide default list columns per collection; a layout other than the table (the pipeline's board) with its options. */
	listLayouts: Record<string, ListLayout>;
	dashboards: DashboardDef[];
	/** Manual discount limits per role name, in basis points, set unless the project has its own. */
	discountLimits: Record<string, number>;
	/** The pricing policy's first values, set unless the project has its own. */
	pricingPolicy: Record<string, number>;
	/** Rows a collection starts with while it is empty (pipeline stages, lost reasons): the module works at once, and what the project set is kept. */
	startingRows?: Record<string, Record<string, unknown>[]>;
	/**
	 * Permissions as earlier releases wrote them, where this release grants something else or nothing:
	 * a row found exactly so is the module's and moves to today's definition on upgrade.
	 */
	superseded?: SupersededPermission[];
}

export interface SupersededPermission extends PermissionDef {
	/** The module policy the permission belonged to. */
	policy: string;
}
