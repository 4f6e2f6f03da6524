/** An ItemsService of the caller, by collection: their policy decides what each read returns (a hidden record is 403). */
export type ReaderOf = (collection: string) => { readOne(key: string, query: object): Promise<unknown>; readByQuery(query: object): Promise<unknown> };
