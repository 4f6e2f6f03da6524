import pluginVue from 'eslint-plugin-vue';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['**/dist/**', 'node_modules/**', 'data/**', 'tests/.artifacts/**', '.dev/**', '.bench/**'] },
	...tseslint.configs.recommended,
	...pluginVue.configs['flat/recommended'],
	{
		files: ['**/*.vue'],
		languageOptions: { parserOptions: { parser: tseslint.parser } },
	},
	{
		rules: {
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'no-nested-ternary': 'error',
			'vue/multi-word-component-names': 'off',
			'vue/html-indent': ['error', 'tab'],
			'vue/max-attributes-per-line': 'off',
			'vue/singleline-html-element-content-newline': 'off',
			'vue/html-self-closing': 'off',
		},
	},
	{
		// The domain package runs in Node and in the browser and knows nothing of Directus.
		files: ['packages/crm-core/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: ['@directus/*', 'node:*', 'knex', 'express', 'vue'] }],
		},
	},
	{
		// Studio helpers run in the browser, inside any extension: no server code, no Directus internals.
		files: ['packages/crm-studio/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: ['@directus/*', 'node:*', 'knex', 'express', '@crm/directus'] }],
		},
	},
	{
		// Hooks, routes, loaders and appliers stay thin: parse, load the facts, call one use case of crm-core, apply its plan.
		files: ['extensions/**/src/**/*.ts', 'extensions/**/src/**/*.vue', 'packages/crm-directus/src/**/*.ts'],
		rules: {
			'max-lines-per-function': ['error', { max: 30, skipBlankLines: true, skipComments: true, IIFEs: true }],
		},
	},
);
