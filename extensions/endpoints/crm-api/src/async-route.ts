import { isCrmError } from '@crm/core';
import { toDirectusError } from '@crm/directus';
import type { NextFunction, Request, Response } from 'express';

type Handler = (req: Request, res: Response) => Promise<unknown>;

/** Wraps an async route: its result is sent as JSON, a CrmError becomes its HTTP error, others go to Directus. */
export function asyncRoute(handler: Handler) {
	return (req: Request, res: Response, next: NextFunction) => {
		const send = (body: unknown) => {
			if (!res.headersSent) res.json(body);
		};
		const fail = (error: unknown) => next(isCrmError(error) ? toDirectusError(error) : error);
		// A handler that throws before its first await still answers with its error, never a 500.
		Promise.resolve()
			.then(() => handler(req, res))
			.then(send, fail);
	};
}
