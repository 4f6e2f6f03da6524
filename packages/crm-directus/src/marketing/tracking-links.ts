import { createHmac } from 'node:crypto';
import { makeTrackingToken, type MemberLinks, type Sign } from '@crm/core';

/** The signing key of tracking links, derived from Directus' SECRET: every server of a project shares it, and nothing else uses it. */
export function trackingSigner(secret: string): Sign {
	const key = createHmac('sha256', secret).update('crm-campaign-tracking-v1').digest();
	return (data) => createHmac('sha256', key).update(data).digest('base64url');
}

/** The absolute address people reach this Directus at, or null when PUBLIC_URL is relative (links in an e-mail must be absolute). */
export function publicBaseUrl(env: Record<string, unknown>): string | null {
	const url = String(env['CRM_PUBLIC_URL'] ?? env['PUBLIC_URL'] ?? '');
	return /^https?:\/\//.test(url) ? url.replace(/\/+$/, '') : null;
}

/** One member's links: tracked clicks, the open pixel, the unsubscribe page and its one-click address. */
export function memberLinks(base: string, sign: Sign, member: string): MemberLinks & { unsubscribePost: string } {
	// The same address in the text and the HTML part is one link: it counts once, whichever part is clicked.
	const indexOf = new Map<string, number>();
	const unsubscribe = `${base}/crm/track/unsubscribe/${makeTrackingToken({ member, action: 'unsubscribe' }, sign)}`;
	return {
		track: (url) => `${base}/crm/track/click/${makeTrackingToken({ member, action: 'click', index: indexOf.get(url) ?? indexOf.set(url, indexOf.size).size - 1, url }, sign)}`,
		openPixel: `${base}/crm/track/open/${makeTrackingToken({ member, action: 'open' }, sign)}`,
		unsubscribe,
		unsubscribePost: unsubscribe,
	};
}
