import { CrmError } from '../errors/crm-error.ts';
import { isUuid } from '../validation/is-uuid.ts';

/** What a tracking link records: an open (pixel), a click on the i-th link of the e-mail, or an unsubscribe. */
export type TrackingPayload = { member: string; action: 'open' } | { member: string; action: 'unsubscribe' } | { member: string; action: 'click'; index: number; url: string };

/** A keyed signature of a string (HMAC-SHA256, base64url), given by the adapter: the domain holds no secret. */
export type Sign = (data: string) => string;

const ACTION_CODE = { open: 'o', click: 'c', unsubscribe: 'u' } as const;

function toBase64Url(text: string): string {
	return btoa(String.fromCharCode(...new TextEncoder().encode(text))).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
	const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
	return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Compares in time that does not depend on where the strings differ, so a signature cannot be guessed byte by byte. */
function sameSignature(a: string, b: string): boolean {
	let diff = a.length ^ b.length;
	for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
	return diff === 0;
}

export function makeTrackingToken(payload: TrackingPayload, sign: Sign): string {
	const body = payload.action === 'click' ? [payload.member, ACTION_CODE.click, payload.index, payload.url] : [payload.member, ACTION_CODE[payload.action]];
	const encoded = toBase64Url(JSON.stringify(body));
	return `${encoded}.${sign(encoded)}`;
}

const invalid = () => new CrmError('CRM_TRACKING_TOKEN_INVALID', 'This link was not made by this CRM or has been changed.');

function decodeBody(encoded: string): unknown {
	try {
		return JSON.parse(fromBase64Url(encoded));
	} catch {
		throw invalid();
	}
}

/** The payload of a token this CRM signed; CRM_TRACKING_TOKEN_INVALID for anything else. */
export function readTrackingToken(token: string, sign: Sign, expected: TrackingPayload['action']): TrackingPayload {
	const [encoded, signature, ...rest] = token.split('.');
	if (!encoded || !signature || rest.length > 0 || token.length > 4096 || !sameSignature(sign(encoded), signature)) throw invalid();
	const body = decodeBody(encoded);
	if (!Array.isArray(body) || !isUuid(body[0]) || body[1] !== ACTION_CODE[expected]) throw invalid();
	if (expected !== 'click') return { member: body[0], action: expected } as TrackingPayload;
	const [, , index, url] = body as unknown[];
	if (!Number.isSafeInteger(index) || typeof url !== 'string' || !/^https?:\/\//.test(url)) throw invalid();
	return { member: body[0], action: 'click', index: index as number, url };
}

/** The key under which a token's touch is stored: the same token never counts twice. */
export function trackingDedupeKey(payload: TrackingPayload): string {
	return payload.action === 'click' ? `clicked:${payload.member}:${payload.index}` : `${payload.action === 'open' ? 'opened' : 'unsubscribed'}:${payload.member}`;
}
