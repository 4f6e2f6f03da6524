// The display shares its formatting with the money interface; it ships as its own extension because
// Directus 11.17 mis-syncs the settings of a bundle whose entries sit beside other module extensions.
export { default } from '../../crm-money/src/display/index.ts';
