import type { RulesBook } from './field-rule.ts';
import type { FieldViolation } from './field-violation.ts';

/** Where in the payload an item sits and what kind of write it is. */
export interface ItemPlace {
	mode: 'create' | 'update';
	/** Prefix of the item's field names in messages: '' at the top, 'lines[0].' inside. */
	path: string;
	/** A field Directus fills itself in this nested write (the back reference of a one-to-many). */
	provided: string | null;
	/** The item the request names; nested items are reached through it. */
	topLevel: boolean;
}

/** What stays the same through one payload walk, and how to judge a nested item. */
export interface WalkContext {
	book: RulesBook;
	trusted: boolean;
	depth: number;
	walkItem: (ctx: WalkContext, collection: string, payload: unknown, place: ItemPlace) => FieldViolation[];
}
