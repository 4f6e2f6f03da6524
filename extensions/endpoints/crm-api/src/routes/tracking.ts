import { CrmError, readTrackingToken } from '@crm/core';
import { recordTrackedTouch, trackingSigner } from '@crm/directus';
import type { EndpointExtensionContext } from '@directus/types';
import type { Response, Router } from 'express';
import { asyncRoute } from '../async-route.ts';

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function page(res: Response, title: string, body: string): void {
	res.type('html').send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head><body style="font-family:sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem"><h1 style="font-size:1.4rem">${title}</h1>${body}</body></html>`);
}

/**
 * The links in campaign e-mails (M3.3), for anyone holding one: no login, the signed token is the right.
 * An open counts once; a click counts once per link and always leads on; unsubscribing asks first (mail
 * scanners follow links), then withdraws consent.
 */
export function registerTrackingRoutes(router: Router, { database, env }: EndpointExtensionContext): void {
	const sign = trackingSigner(String(env['SECRET']));
	const token = (value: unknown) => String(value ?? '');

	router.get('/track/open/:token', asyncRoute(async (req, res) => {
		const { recorded } = await recordTrackedTouch(database, sign, token(req.params['token']), 'open', new Date());
		if (!recorded) throw new CrmError('CRM_TRACKING_TOKEN_USED', 'This open has already been counted.');
		res.set('Cache-Control', 'no-store').type('gif').send(PIXEL);
	}));

	router.get('/track/click/:token', asyncRoute(async (req, res) => {
		const { payload } = await recordTrackedTouch(database, sign, token(req.params['token']), 'click', new Date());
		if (payload.action === 'click') res.set('Cache-Control', 'no-store').redirect(302, payload.url);
	}));

	router.get('/track/unsubscribe/:token', asyncRoute(async (req, res) => {
		readTrackingToken(token(req.params['token']), sign, 'unsubscribe');
		page(res, 'Unsubscribe', '<p>Send me no more marketing e-mails.</p><form method="post"><button type="submit" style="font-size:1rem;padding:.5rem 1rem">Unsubscribe</button></form>');
	}));

	router.post('/track/unsubscribe/:token', asyncRoute(async (req, res) => {
		const { recorded } = await recordTrackedTouch(database, sign, token(req.params['token']), 'unsubscribe', new Date());
		page(res, 'You are unsubscribed', recorded ? '<p>You will get no more marketing e-mails from us.</p>' : '<p>You had already unsubscribed: you get no marketing e-mails from us.</p>');
	}));
}
