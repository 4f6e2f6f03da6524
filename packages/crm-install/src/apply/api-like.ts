/** What the appliers need of a client: one authenticated JSON request that answers the `data` member. */
export interface ApiLike {
	request<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}
