import type { TimelineEntry } from './types.ts';

/** What the Studio knows of a collection: its name as shown, and its translations (with the singular noun). */
export interface CollectionInfo {
	name?: string | null;
	meta?: { translations?: { language: string; singular?: string | null; translation?: string | null }[] | null } | null;
}

export interface RelatedLink {
	to: string;
	label: string;
}

/**
 * Where an entry points and how the link reads: "Open order", with the record's noun as the collection's
 * translation names it, never its table name and key. An entry about the customer whose page shows the
 * timeline gets no link: it would lead to the page already open.
 */
export function relatedLinkOf(entry: Pick<TimelineEntry, 'related_collection' | 'related_key'>, customerKey: string | number | null, customers: string, collectionOf: (name: string) => CollectionInfo | null, language = 'en-US'): RelatedLink | null {
	const { related_collection: collection, related_key: key } = entry;
	if (!collection || !key) return null;
	if (collection === customers && customerKey !== null && String(key) === String(customerKey)) return null;
	return { to: `/content/${encodeURIComponent(collection)}/${encodeURIComponent(key)}`, label: `Open ${nounOf(collection, collectionOf(collection), language)}` };
}

function nounOf(collection: string, info: CollectionInfo | null, language: string): string {
	const translations = info?.meta?.translations ?? [];
	const own = translations.find((t) => t.language === language) ?? translations.find((t) => t.language.startsWith('en')) ?? translations[0];
	const noun = own?.singular || own?.translation || info?.name || collection.replace(/^crm_/, '').replace(/_/g, ' ');
	// Lower case inside a sentence, but an abbreviation stays as it is ("Open SLA target").
	return noun
		.split(' ')
		.map((word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()))
		.join(' ');
}
