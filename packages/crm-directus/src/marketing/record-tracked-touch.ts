import { readTrackingToken, type Sign, type TouchKind, trackingDedupeKey, type TrackingPayload } from '@crm/core';
import type { Knex } from 'knex';
import { loadTouchedMember, recordTouch } from './record-touch.ts';

const KIND: Record<TrackingPayload['action'], TouchKind> = { open: 'opened', click: 'clicked', unsubscribe: 'unsubscribed' };

/**
 * An open, click or unsubscribe arriving through a member's signed link: the touch is written once per
 * token (`recorded` false the next time). A forged or changed token is refused (CRM_TRACKING_TOKEN_INVALID).
 */
export async function recordTrackedTouch(knex: Knex, sign: Sign, token: string, action: TrackingPayload['action'], now: Date): Promise<{ recorded: boolean; payload: TrackingPayload }> {
	const payload = readTrackingToken(token, sign, action);
	const member = await loadTouchedMember(knex, payload.member);
	const link = payload.action === 'click' ? payload.url : null;
	const id = await knex.transaction((trx) => recordTouch(trx, member, { kind: KIND[action], at: now, link, dedupeKey: trackingDedupeKey(payload) }));
	return { recorded: id !== null, payload };
}
