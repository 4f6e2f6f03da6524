/** Promo codes are stored and compared trimmed and upper-case, so " spring-10 " finds SPRING-10. */
export function normalizePromoCode(text: string): string {
	return text.trim().toUpperCase();
}
