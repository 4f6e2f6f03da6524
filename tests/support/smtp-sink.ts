import { SMTPServer } from 'smtp-server';
import { findFreePort } from '../../scripts/lib/free-port.ts';

export interface ReceivedMail {
	to: string[];
	/** The message as sent, quoted-printable soft breaks and escapes undone (enough to read links and text). */
	body: string;
}

export interface SmtpSink {
	port: number;
	received: ReceivedMail[];
	/** Runs when a message has fully arrived, before the server answers 250: a test can kill the sender there. */
	onMessage: ((mail: ReceivedMail, count: number) => Promise<void> | void) | null;
	close: () => Promise<void>;
}

const decodeQuotedPrintable = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A local SMTP server that keeps every message it is given, for tests that read what a sender really sent. */
export async function startSmtpSink(): Promise<SmtpSink> {
	const port = await findFreePort();
	const sink: SmtpSink = { port, received: [], onMessage: null, close: async () => {} };
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				const mail = { to: session.envelope.rcptTo.map((r) => r.address), body: decodeQuotedPrintable(Buffer.concat(chunks).toString('utf8')) };
				sink.received.push(mail);
				Promise.resolve(sink.onMessage?.(mail, sink.received.length)).then(() => callback(), (error: Error) => callback(error));
			});
		},
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
	return sink;
}

/** The CRM links in a message: its open pixel, tracked links and unsubscribe page. */
export function linksIn(mail: ReceivedMail): { open: string; clicks: string[]; unsubscribe: string } {
	const all = [...mail.body.matchAll(/https?:\/\/[^\s"<>]+\/crm\/track\/(open|click|unsubscribe)\/[A-Za-z0-9_.-]+/g)];
	const of = (kind: string) => [...new Set(all.filter((m) => m[1] === kind).map((m) => m[0]))];
	return { open: of('open')[0]!, clicks: of('click'), unsubscribe: of('unsubscribe')[0]! };
}
