import type { PermissionDef } from './access-model.ts';
import { stableJson } from './stable-json.ts';

/** A permission row of one of the module's policies, as the project holds it. */
export interface PermissionRow extends PermissionDef {
	id: number | string;
}

/** What bringing a policy's permissions to this release's definitions takes. */
export interface PermissionChanges {
	create: PermissionDef[];
	update: { id: PermissionRow['id']; to: PermissionDef }[];
	remove: PermissionRow['id'][];
	/** Rows that are neither this release's definition nor an earlier release's: an administrator's, kept as they are. */
	kept: PermissionRow[];
}

const keyOf = (p: { collection: string; action: string }) => `${p.collection}\u0000${p.action}`;
const emptyToNull = (v: unknown) => (v && typeof v === 'object' && Object.keys(v).length > 0 ? v : null);

/** The part of a permission that decides what it allows, in one comparable form. */
export function permissionContent(p: PermissionDef): string {
	return stableJson({
		fields: [...(p.fields ?? ['*'])].sort(),
		permissions: emptyToNull(p.permissions),
		validation: emptyToNull(p.validation),
		presets: emptyToNull(p.presets),
	});
}

function group<T extends { collection: string; action: string }>(items: readonly T[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const item of items) out.set(keyOf(item), [...(out.get(keyOf(item)) ?? []), item]);
	return out;
}

/**
 * Decides, permission by permission, how a module policy moves to this release: a row that is exactly
 * what an earlier release wrote is replaced by today's definition (or removed when today has none);
 * a row in any other state was changed by an administrator and stays; a definition without a row is
 * created. So an upgrade narrows what the module once granted too widely, and never undoes an
 * administrator's decision.
 */
export function planPermissionChanges(current: readonly PermissionDef[], rows: readonly PermissionRow[], superseded: readonly PermissionDef[]): PermissionChanges {
	const earlier = new Map([...group(superseded)].map(([key, defs]) => [key, new Set(defs.map(permissionContent))]));
	const byKey = group(rows);
	const changes: PermissionChanges = { create: [], update: [], remove: [], kept: [] };
	for (const key of new Set([...current.map(keyOf), ...byKey.keys()])) {
		const target = current.find((p) => keyOf(p) === key);
		const sameKey = byKey.get(key) ?? [];
		const ours = sameKey.filter((r) => (target && permissionContent(r) === permissionContent(target)) || earlier.get(key)?.has(permissionContent(r)));
		const theirs = sameKey.filter((r) => !ours.includes(r));
		const exact = ours.find((r) => target && permissionContent(r) === permissionContent(target));
		changes.kept.push(...theirs);
		// One row per permission: today's, else the administrator's, else an earlier release's brought up to date.
		const keep = exact ?? (theirs.length || !target ? undefined : ours[0]);
		if (keep && keep !== exact) changes.update.push({ id: keep.id, to: target! });
		changes.remove.push(...ours.filter((r) => r !== keep).map((r) => r.id));
		if (target && sameKey.length === 0) changes.create.push(target);
	}
	return changes;
}
