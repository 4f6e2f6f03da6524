import { apiErrorMessage } from './api-error-message.ts';

/** A panel's state as Vue refs hold it (anything with a writable `value` will do). */
export interface PanelViewState<V> {
	view: { value: V | null };
	loading: { value: boolean };
	error: { value: string | null };
}

/**
 * Loads a panel's view with `fetch`: loading while it runs, then the view, or no view and the
 * message of what failed (see apiErrorMessage; `failure` when the error says nothing).
 */
export async function loadPanelView<V>(state: PanelViewState<V>, fetch: () => Promise<V>, failure: string): Promise<void> {
	state.loading.value = true;
	state.error.value = null;
	try {
		state.view.value = await fetch();
	} catch (e) {
		state.error.value = apiErrorMessage(e, failure);
		state.view.value = null;
	} finally {
		state.loading.value = false;
	}
}
