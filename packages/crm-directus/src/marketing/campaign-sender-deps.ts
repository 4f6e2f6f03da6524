import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { EndpointExtensionContext } from '@directus/types';
import type { SenderDeps } from './campaign-sender.ts';
import { publicBaseUrl, trackingSigner } from './tracking-links.ts';

type ServerContext = Pick<EndpointExtensionContext, 'services' | 'getSchema' | 'database' | 'env' | 'logger'>;

/** This server among the servers of the project, in a campaign's send lease (the hook and the endpoint bundle each have their own). */
const INSTANCE = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** A campaign sender on this server: Directus' own mail service (EMAIL_TRANSPORT), its database, its public address. */
export function campaignSenderDeps({ services, getSchema, database, env, logger }: ServerContext): SenderDeps {
	return {
		knex: database,
		sendMail: async (mail) => {
			const mailer = new services.MailService({ schema: await getSchema(), knex: database });
			await mailer.send({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers });
		},
		base: publicBaseUrl(env),
		sign: trackingSigner(String(env['SECRET'])),
		instance: INSTANCE,
		now: () => new Date(),
		sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
		log: (message) => logger.warn(message),
	};
}
