/** The part of a Directus ItemsService (under the caller's accountability) that the plan appliers use. */
export interface ItemsWriter {
	createOne(data: Record<string, unknown>): Promise<string | number>;
	updateOne(key: string, data: Record<string, unknown>): Promise<string | number>;
}
