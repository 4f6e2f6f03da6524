const STALE_MS = 60_000;

/** What is handed over, named and typed: `handoffTopic<RequestBefore>('request-before')`. */
export interface HandoffTopic<T> {
	readonly name: string;
	/** Only carries the type. */
	readonly value?: T;
}

export const handoffTopic = <T>(name: string): HandoffTopic<T> => ({ name });

/**
 * What a filter learned about a write that only the write's activity row can act on — the one place
 * where hooks keep state between two steps of the same write.
 *
 * Directus runs update and delete filters before its transaction (on another connection), and records
 * each created, updated or deleted item in directus_activity from inside the transaction, once the row
 * is written or gone. A filter that needs what the row was (an update's before-image, a deleted order's
 * claims) or holds a decision it cannot write yet (a new request's routing: the request row does not
 * exist during its create filter) puts it here, keyed by collection and item; the `activity.create`
 * filter of the same write takes it and acts in that write's transaction, so a rollback undoes both.
 * A write refused after its filter records no activity: what it left here is dropped after a minute.
 */
export class WriteHandoff {
	private readonly entries = new Map<string, { value: unknown; at: number }>();

	put<T>(topic: HandoffTopic<T>, collection: string, item: string | number, value: T): void {
		const now = Date.now();
		for (const [key, entry] of this.entries) if (now - entry.at > STALE_MS) this.entries.delete(key);
		this.entries.set(keyOf(topic, collection, item), { value, at: now });
	}

	/** The value handed over for this item, once: taking it removes it. */
	take<T>(topic: HandoffTopic<T>, collection: string, item: string | number): T | undefined {
		const key = keyOf(topic, collection, item);
		const entry = this.entries.get(key);
		this.entries.delete(key);
		return entry?.value as T | undefined;
	}

	has(topic: HandoffTopic<unknown>, collection: string, item: string | number): boolean {
		return this.entries.has(keyOf(topic, collection, item));
	}
}

const keyOf = (topic: HandoffTopic<unknown>, collection: string, item: string | number): string => `${topic.name}:${collection}:${String(item)}`;
