/** Product names by id, as a Map or a plain record; an id without a name is shown as itself. */
export type ProductNames = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export function productName(names: ProductNames | undefined, id: string): string {
	if (names === undefined) return id;
	if (names instanceof Map) return (names as ReadonlyMap<string, string>).get(id) ?? id;
	return Object.hasOwn(names, id) ? (names as Readonly<Record<string, string>>)[id]! : id;
}
