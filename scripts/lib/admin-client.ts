/** A tiny fetch-based admin client for scripts (seeding, schema generation). Tests use @directus/sdk. */
export class AdminClient {
	readonly url: string;
	private token: string;

	constructor(url: string, token = '') {
		this.url = url;
		this.token = token;
	}

	static async login(url: string, email: string, password: string): Promise<AdminClient> {
		const client = new AdminClient(url);
		const res = await client.request<{ access_token: string }>('POST', '/auth/login', { email, password });
		client.token = res.access_token;
		return client;
	}

	async request<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
		const res = await fetch(this.url + path, {
			method,
			headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
		return (text ? JSON.parse(text).data : undefined) as T;
	}
}
