/** What a Directus project holds, as `/collections`, `/fields` and `/relations` list it. */
export interface ProjectSchema {
	collections: { collection: string }[];
	fields: { collection: string; field: string }[];
	relations: { collection: string; field: string; related_collection: string | null }[];
}
