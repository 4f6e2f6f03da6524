/** What can happen with a campaign member (M3.3), in the order a funnel shows them. */
export const TOUCH_KINDS = ['sent', 'delivered', 'opened', 'clicked', 'responded', 'converted', 'unsubscribed'] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

export const TOUCH_KIND_LABELS: [TouchKind, string][] = [
	['sent', 'Sent'],
	['delivered', 'Delivered'],
	['opened', 'Opened'],
	['clicked', 'Clicked'],
	['responded', 'Responded'],
	['converted', 'Converted'],
	['unsubscribed', 'Unsubscribed'],
];

export function isTouchKind(value: unknown): value is TouchKind {
	return typeof value === 'string' && (TOUCH_KINDS as readonly string[]).includes(value);
}

/**
 * Where a member's e-mail stands. `sending` is the claim taken just before the mail goes out: a sender that
 * dies after claiming leaves the member there, and nothing ever sends it again (at most once, never twice).
 */
export const MEMBER_SEND_STATES = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const;
export type MemberSendState = (typeof MEMBER_SEND_STATES)[number];

export const MEMBER_SEND_STATE_LABELS: [MemberSendState, string][] = [
	['pending', 'Waiting'],
	['sending', 'Being sent'],
	['sent', 'Sent'],
	['failed', 'Failed'],
	['skipped', 'Skipped'],
];
