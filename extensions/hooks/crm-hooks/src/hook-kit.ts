import { rethrowAsDirectusError } from '@crm/directus';
import type { Accountability, EventContext, HookExtensionContext, RegisterFunctions, SchemaOverview } from '@directus/types';
import type { Knex } from 'knex';
import type { VisibilityContext } from './assert-customer-visible.ts';
import type { PricedDocuments, RevisionRow } from './priced-documents.ts';
import type { WriteHandoff } from './write-handoff.ts';

export type Payload = Record<string, unknown>;
export type Keys = readonly (string | number)[];

/** The connection of the write (its transaction on create), the schema and the caller. */
export interface WriteContext {
	knex: Knex;
	schema: SchemaOverview;
	accountability: Accountability | null;
}

/** A directus_activity row as Directus is about to insert it, inside the transaction of the write it records. */
export interface ActivityRow {
	action: string;
	collection: string;
	item: string;
	user?: string | null;
}

type Returns<T> = Promise<T | void> | T | void;

/** Registers the checks of one collection's writes and what follows them. */
export interface CrmHooks {
	/** `<collection>.items.create` filter: may return the payload to store instead. */
	onCreate(collection: string, check: (data: Payload, ctx: WriteContext) => Returns<Payload>): void;
	onUpdate(collection: string, check: (data: Payload, keys: Keys, ctx: WriteContext) => Returns<Payload>): void;
	onDelete(collection: string, check: (keys: Keys, ctx: WriteContext) => Returns<never>): void;
	/** Runs in the write's transaction once Directus records it (see WriteHandoff). */
	afterWrite(collection: string, react: (activity: ActivityRow, trx: Knex) => Promise<void>): void;
	/** After the write is committed, for any action. */
	afterCommit(collection: string, react: (knex: Knex) => Promise<void> | void): void;
	/** A revision of the collection's items as Directus is about to store it, in the write's transaction: may return it changed. */
	onRevision(collection: string, amend: (revision: RevisionRow, trx: Knex) => RevisionRow): void;
}

/** What the hooks share: configuration, the document pricer and the hand-off between the two steps of a write. */
export interface HookDeps {
	services: HookExtensionContext['services'];
	database: Knex;
	documents: PricedDocuments;
	/** CRM_BASE_CURRENCY: plans, forecasts and the analyses are in it. */
	baseCurrency: string;
	handoff: WriteHandoff;
	maxFutureMs: number;
	schemaTtlMs: number;
	nowIso(): string;
	/** Raises the version the analyses keep their answers at (a job changed CRM data without Directus' events). */
	dataChanged(): Promise<void>;
}

/** The writer of a plan: no accountability is the CRM itself, with an administrator's reach. */
export const writerOf = (accountability: Accountability | null) => ({ admin: !accountability || accountability.admin === true, userId: accountability?.user ?? null });

const contextOf = (ctx: EventContext): WriteContext => ({ knex: ctx.database, schema: ctx.schema!, accountability: ctx.accountability });

/** The record-visibility context of a write: the caller's own ItemsService answers what they may read. */
export const visibilityOf = (ctx: WriteContext, deps: HookDeps): VisibilityContext => ({ ...ctx, ItemsService: deps.services.ItemsService });

/** Amends revisions per collection; listens to revisions only once a collection asks, as every write stores them. */
function revisionAmendments(filter: RegisterFunctions['filter']): CrmHooks['onRevision'] {
	const amendments = new Map<string, ((revision: RevisionRow, trx: Knex) => RevisionRow)[]>();
	return (collection, amend) => {
		if (amendments.size === 0) {
			filter('revisions.create', (payload, _meta, { database: trx }) => {
				const revision = payload as RevisionRow;
				return (amendments.get(revision.collection) ?? []).reduce((out, next) => next(out, trx), revision);
			});
		}
		amendments.set(collection, [...(amendments.get(collection) ?? []), amend]);
	};
}

/** Filters per collection and event; every CRM error becomes a Directus error with its code. */
export function createCrmHooks({ filter, action }: RegisterFunctions, database: Knex): CrmHooks {
	const reactions = new Map<string, ((activity: ActivityRow, trx: Knex) => Promise<void>)[]>();
	filter('activity.create', (payload, _meta, { database: trx }) =>
		rethrowAsDirectusError(async () => {
			const activity = payload as Partial<ActivityRow>;
			if (!activity.collection || activity.item === undefined || activity.item === null) return payload;
			const row = { ...activity, item: String(activity.item) } as ActivityRow;
			for (const react of reactions.get(activity.collection) ?? []) await react(row, trx);
			return payload;
		}),
	);
	return {
		onRevision: revisionAmendments(filter),
		onCreate: (collection, check) => filter(`${collection}.items.create`, (payload, _meta, ctx) => rethrowAsDirectusError(async () => (await check(payload as Payload, contextOf(ctx))) ?? payload)),
		onUpdate: (collection, check) => filter(`${collection}.items.update`, (payload, meta, ctx) => rethrowAsDirectusError(async () => (await check(payload as Payload, (meta['keys'] ?? []) as Keys, contextOf(ctx))) ?? payload)),
		onDelete: (collection, check) => filter(`${collection}.items.delete`, (keys, _meta, ctx) => rethrowAsDirectusError(async () => (await check(keys as Keys, contextOf(ctx)), keys))),
		afterWrite: (collection, react) => reactions.set(collection, [...(reactions.get(collection) ?? []), react]),
		afterCommit: (collection, react) => {
			for (const event of ['create', 'update', 'delete']) action(`${collection}.items.${event}`, (_meta, ctx) => react(ctx.database ?? database));
		},
	};
}

/** Column defaults of a collection, as a create starts from them (what the database would fill in). */
export function defaultsOf(schema: SchemaOverview, collection: string): Payload {
	const fields = Object.entries(schema.collections[collection]?.fields ?? {});
	return Object.fromEntries(fields.filter(([, f]) => f.defaultValue !== null && f.defaultValue !== undefined).map(([name, f]) => [name, f.defaultValue]));
}
