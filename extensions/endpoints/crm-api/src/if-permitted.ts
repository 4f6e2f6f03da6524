export const isForbidden = (error: unknown) => (error as { status?: number })?.status === 403 || (error as { code?: string })?.code === 'FORBIDDEN';

/** A part of an answer the caller's policy may not cover: without the permission it is left out, not leaked. */
export async function ifPermitted<T>(read: () => Promise<T>, fallback: T): Promise<T> {
	try {
		return await read();
	} catch (error) {
		if (isForbidden(error)) return fallback;
		throw error;
	}
}
