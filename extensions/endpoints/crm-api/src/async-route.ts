import { isCrmError } from '@crm/core';
import { toDirectusError } from '@crm/directus';
import type { NextFunction, Request, Response } from 'express';

type Handler = (req: Request, res: Response) => Promise<unknown>;

/** Wraps an async route: its result is sent as JSON, a CrmError becomes its HTTP error, others go to Directus. */
export function asyncRoute(handler: Handler) {
	return (req: Request, res: Response, next: NextFunction) => {
		handler(req, res).then(
			(body) => {
				if (!res.headersSent) res.json(body);
			},
			(error: unknown) => next(isCrmError(error) ? toDirectusError(error) : error),
		);
	};
}
