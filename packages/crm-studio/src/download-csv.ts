/** A CSV answer of the API saved as a file: fetched with the session's token, then handed to the browser. */

interface Api {
	get(url: string, config: { params: Record<string, string>; responseType: 'blob' }): Promise<{ data: unknown; headers: Record<string, unknown> }>;
}

/** The file name the API gave (content-disposition), else `fallback`. */
export function fileNameOf(disposition: unknown, fallback: string): string {
	return /filename="([^"]+)"/.exec(String(disposition ?? ''))?.[1] ?? fallback;
}

export async function downloadCsv(api: Api, path: string, params: Record<string, string>, fallback: string): Promise<void> {
	const response = await api.get(path, { params: { ...params, format: 'csv' }, responseType: 'blob' });
	const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(response.data as Blob), download: fileNameOf(response.headers['content-disposition'], fallback) });
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked at once, the address may be gone before the browser has started saving the file.
	setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** Where the Studio opens a record (router path, under /admin). */
export const recordPath = (collection: string, id: string) => `/content/${collection}/${id}`;
