/** A Directus project reached through its REST API with an administrator's token. */
export class DirectusApi {
	readonly url: string;
	private readonly token: string;

	constructor(url: string, token: string) {
		this.url = url.replace(/\/$/, '');
		this.token = token;
	}

	/** Logs in with e-mail and password and keeps the access token (for tests and a first set-up). */
	static async login(url: string, email: string, password: string): Promise<DirectusApi> {
		const data = await new DirectusApi(url, '').request<{ access_token: string }>('POST', '/auth/login', { email, password });
		return new DirectusApi(url, data.access_token);
	}

	async request<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
		const send = () =>
			fetch(this.url + path, {
				method,
				headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
				body: body === undefined ? undefined : JSON.stringify(body),
			});
		for (let attempt = 0; ; attempt++) {
			const res = await sendOnce(send);
			const text = await res.text();
			// Directus sheds load with 503 SERVICE_UNAVAILABLE before handling a request (its pressure limiter,
			// e.g. while it reloads extensions): nothing was done, so the request is sent again after a pause.
			if (res.status === 503 && isShedLoad(text) && attempt < SHED_LOAD_PAUSES_MS.length) {
				await new Promise((resolve) => setTimeout(resolve, SHED_LOAD_PAUSES_MS[attempt]));
				continue;
			}
			if (!res.ok) throw new DirectusApiError(method, path, res.status, text);
			return (text ? JSON.parse(text).data : undefined) as T;
		}
	}
}

const SHED_LOAD_PAUSES_MS = [500, 1000, 2000, 4000, 8000];

async function sendOnce(send: () => Promise<Response>): Promise<Response> {
	try {
		return await send();
	} catch (error) {
		// A kept-alive connection the server closed while idle fails before the request is sent: send it once more.
		if (!isClosedConnection(error)) throw error;
		return send();
	}
}

function isShedLoad(body: string): boolean {
	try {
		return (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE';
	} catch {
		return false;
	}
}

function isClosedConnection(error: unknown): boolean {
	const cause = (error as { cause?: { code?: string } } | null)?.cause;
	return error instanceof TypeError && ['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE'].includes(String(cause?.code));
}

export class DirectusApiError extends Error {
	readonly status: number;

	constructor(method: string, path: string, status: number, body: string) {
		let message = body;
		try {
			message = (JSON.parse(body) as { errors?: { message: string }[] }).errors?.map((e) => e.message).join('; ') ?? body;
		} catch {
			// not JSON: keep the text
		}
		super(`${method} ${path} → ${status}: ${message}`);
		this.name = 'DirectusApiError';
		this.status = status;
	}
}
