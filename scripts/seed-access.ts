// Applies the CRM's roles, policies, permissions and list layouts to any Directus 11 (idempotent).
// node scripts/seed-access.ts --url https://cms.example.com --email admin@example.com --password … [--demo-users]
import { parseArgs } from 'node:util';
import { AdminClient } from './lib/admin-client.ts';
import { seedAccess } from './lib/seed-access.ts';

const { values } = parseArgs({
	options: {
		url: { type: 'string' },
		email: { type: 'string' },
		password: { type: 'string' },
		'demo-users': { type: 'boolean', default: false },
		'demo-password': { type: 'string', default: 'demo-crm-2026' },
	},
});

if (!values.url || !values.email || !values.password) {
	console.error('usage: node scripts/seed-access.ts --url URL --email ADMIN_EMAIL --password ADMIN_PASSWORD [--demo-users]');
	process.exit(2);
}

const api = await AdminClient.login(values.url.replace(/\/$/, ''), values.email, values.password);
const logins = await seedAccess(api, { password: values['demo-password']!, withDemoUsers: values['demo-users'] });
console.log(`roles and permissions applied${logins.length ? `; demo users: ${logins.map((l) => l.email).join(', ')}` : ''}`);
