/** A running Directus with the CRM, shared by the integration and browser suites of one run. */
export interface TestInstance {
	name: 'sqlite' | 'postgres';
	url: string;
	adminEmail: string;
	adminPassword: string;
	demoPassword: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		instances: TestInstance[];
	}
}
