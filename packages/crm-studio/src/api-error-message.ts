/** What to show for a failed API call: the first error the Directus API sent, else the exception's message, else `fallback`. */
export function apiErrorMessage(e: unknown, fallback: string): string {
	const body = (e as { response?: { data?: { errors?: { message?: string }[] } } } | null)?.response?.data;
	return body?.errors?.[0]?.message ?? (e instanceof Error ? e.message : fallback);
}
