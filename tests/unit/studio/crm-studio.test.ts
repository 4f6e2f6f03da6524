import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiErrorMessage } from '../../../packages/crm-studio/src/api-error-message.ts';
import { barChartBase } from '../../../packages/crm-studio/src/bar-chart-base.ts';
import { chartHost } from '../../../packages/crm-studio/src/chart-host.ts';
import { compactAmount } from '../../../packages/crm-studio/src/compact-amount.ts';
import { formatMoneyLabel } from '../../../packages/crm-studio/src/format-money-label.ts';
import { groupThousands } from '../../../packages/crm-studio/src/group-thousands.ts';
import { loadPanelView } from '../../../packages/crm-studio/src/load-panel-view.ts';
import { localDay } from '../../../packages/crm-studio/src/local-day.ts';
import { observeSize } from '../../../packages/crm-studio/src/observe-size.ts';
import { readTheme, THEME_VARIABLES } from '../../../packages/crm-studio/src/read-theme.ts';
import { toDecimalText } from '../../../packages/crm-studio/src/to-decimal-text.ts';
import { toMajor } from '../../../packages/crm-studio/src/to-major.ts';

describe('readTheme', () => {
	it('takes each set variable trimmed and the fallback of each blank one', () => {
		const theme = readTheme((name) => ({ '--theme--primary': ' #123456 ', '--theme--fonts--sans--font-family': 'Inter' })[name] ?? '  ');
		expect(theme).toEqual({
			foreground: '#172940',
			foregroundSubdued: '#a2b5cd',
			border: '#f0f4f9',
			background: '#ffffff',
			fontFamily: 'Inter',
			primary: '#123456',
			success: '#2ecda7',
			warning: '#ffa439',
			danger: '#e35169',
		});
	});

	it('asks for every variable of the table once', () => {
		const asked: string[] = [];
		readTheme((name) => (asked.push(name), ''));
		expect(asked).toEqual(Object.values(THEME_VARIABLES).map(([variable]) => variable));
	});
});

describe('formatMoneyLabel', () => {
	it('groups thousands and shows the digits and code of the currency', () => {
		expect(formatMoneyLabel(123456789, 'EUR')).toBe('1,234,567.89 EUR');
		expect(formatMoneyLabel(98700, 'EUR')).toBe('987.00 EUR');
		expect(formatMoneyLabel(5000, 'JPY')).toBe('5,000 JPY');
		expect(formatMoneyLabel(1234567, 'KWD')).toBe('1,234.567 KWD');
		expect(formatMoneyLabel(-5, 'EUR')).toBe('-0.05 EUR');
		expect(formatMoneyLabel(-123456789, 'USD')).toBe('-1,234,567.89 USD');
	});

	it('shows two decimals and no code without a currency', () => {
		expect(formatMoneyLabel(123456, null)).toBe('1,234.56');
		expect(formatMoneyLabel(-7, null)).toBe('-0.07');
	});
});

describe('toDecimalText / groupThousands', () => {
	it('gives the plain decimal text with the currency\'s digits, two without a currency', () => {
		expect(toDecimalText(123456, 'EUR')).toBe('1234.56');
		expect(toDecimalText(7, 'KWD')).toBe('0.007');
		expect(toDecimalText(1234, 'JPY')).toBe('1234');
		expect(toDecimalText(-7, null)).toBe('-0.07');
	});

	it('puts commas between the thousands of the whole part only and leaves other text as is', () => {
		expect(groupThousands('-1234567.5')).toBe('-1,234,567.5');
		expect(groupThousands('1234.5678')).toBe('1,234.5678');
		expect(groupThousands('999')).toBe('999');
		expect(groupThousands('12a34')).toBe('12a34');
	});
});

describe('compactAmount / toMajor', () => {
	it('shortens axis amounts to one decimal with k, M or B', () => {
		expect(compactAmount(999)).toBe('999');
		expect(compactAmount(12345)).toBe('12.3k');
		expect(compactAmount(2_500_000)).toBe('2.5M');
		expect(compactAmount(1_234_567.89)).toBe('1.2M');
		expect(compactAmount(3_000_000_000)).toBe('3B');
		expect(compactAmount(-12345)).toBe('-12.3k');
		expect(compactAmount(25.55)).toBe('25.6');
	});

	it('turns minor units into major units of the currency', () => {
		expect(toMajor(2550, 'EUR')).toBe(25.5);
		expect(toMajor(5000, 'JPY')).toBe(5000);
		expect(toMajor(1234, 'KWD')).toBe(1.234);
	});
});

describe('apiErrorMessage', () => {
	it('prefers the first error the API sent, then the exception\'s message, then the fallback', () => {
		expect(apiErrorMessage({ response: { data: { errors: [{ message: 'Forbidden' }, { message: 'Other' }] } } }, 'Could not load.')).toBe('Forbidden');
		expect(apiErrorMessage(new Error('Network Error'), 'Could not load.')).toBe('Network Error');
		expect(apiErrorMessage({ response: { status: 500 } }, 'Could not load.')).toBe('Could not load.');
		expect(apiErrorMessage(null, 'Could not load.')).toBe('Could not load.');
	});
});

describe('localDay', () => {
	it('writes the day in the local time zone as YYYY-MM-DD', () => {
		expect(localDay(new Date(2026, 0, 5))).toBe('2026-01-05');
		expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
	});
});

describe('barChartBase', () => {
	it('sets a static bar chart of the given height in the theme\'s font and subdued colour', () => {
		expect(barChartBase({ fontFamily: 'Inter', foregroundSubdued: '#a2b5cd' }, 240)).toEqual({
			type: 'bar',
			height: 240,
			background: 'transparent',
			fontFamily: 'Inter',
			foreColor: '#a2b5cd',
			toolbar: { show: false },
			zoom: { enabled: false },
			animations: { enabled: false },
			parentHeightOffset: 0,
		});
	});
});

describe('loadPanelView', () => {
	const state = <V>() => ({ view: { value: null as V | null }, loading: { value: false }, error: { value: 'old error' as string | null } });

	it('is loading while the fetch runs, then holds the view and no error', async () => {
		const s = state<number>();
		let resolve: (n: number) => void = () => {};
		const done = loadPanelView(s, () => new Promise<number>((r) => (resolve = r)), 'Could not load.');
		expect(s.loading.value).toBe(true);
		expect(s.error.value).toBeNull();
		resolve(42);
		await done;
		expect(s).toEqual({ view: { value: 42 }, loading: { value: false }, error: { value: null } });
	});

	it('drops the view and keeps the API\'s message when the fetch fails', async () => {
		const s = state<number>();
		s.view.value = 7;
		await loadPanelView(s, () => Promise.reject({ response: { data: { errors: [{ message: 'Forbidden' }] } } }), 'Could not load.');
		expect(s).toEqual({ view: { value: null }, loading: { value: false }, error: { value: 'Forbidden' } });
	});

	it('says the fallback when the failure has no message', async () => {
		const s = state<number>();
		await loadPanelView(s, () => Promise.reject('nope'), 'Could not load.');
		expect(s.error.value).toBe('Could not load.');
	});
});

type Entry = { contentRect: { width: number; height: number } };
let observers: FakeResizeObserver[] = [];
class FakeResizeObserver {
	readonly callback: (entries: Entry[]) => void;
	disconnected = false;
	constructor(callback: (entries: Entry[]) => void) {
		this.callback = callback;
		observers.push(this);
	}
	observe(): void {}
	disconnect(): void {
		this.disconnected = true;
	}
	report(width: number, height: number): void {
		this.callback([{ contentRect: { width, height } }]);
	}
}

function fakeResizeObserver(): void {
	vi.useFakeTimers();
	vi.stubGlobal('ResizeObserver', FakeResizeObserver);
	observers = [];
}

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('observeSize', () => {
	function observed(): { onResize: ReturnType<typeof vi.fn>; observer: FakeResizeObserver; stop: () => void } {
		fakeResizeObserver();
		const onResize = vi.fn();
		const stop = observeSize({} as Element, onResize);
		return { onResize, observer: observers[0]!, stop };
	}

	it('calls back once, 150 ms after the last change of size', () => {
		const { onResize, observer } = observed();
		observer.report(400, 300);
		vi.advanceTimersByTime(100);
		observer.report(420, 300);
		vi.advanceTimersByTime(149);
		expect(onResize).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(onResize).toHaveBeenCalledTimes(1);
	});

	it('ignores a report of the same size in whole pixels', () => {
		const { onResize, observer } = observed();
		observer.report(400, 300);
		vi.advanceTimersByTime(150);
		observer.report(400.4, 299.6);
		vi.advanceTimersByTime(150);
		expect(onResize).toHaveBeenCalledTimes(1);
	});

	it('stops: disconnects and drops a pending call', () => {
		const { onResize, observer, stop } = observed();
		observer.report(400, 300);
		stop();
		vi.advanceTimersByTime(1000);
		expect(onResize).not.toHaveBeenCalled();
		expect(observer.disconnected).toBe(true);
	});

	it('observes nothing where ResizeObserver is missing', () => {
		vi.stubGlobal('ResizeObserver', undefined);
		const onResize = vi.fn();
		const stop = observeSize({} as Element, onResize);
		expect(() => stop()).not.toThrow();
		expect(onResize).not.toHaveBeenCalled();
	});
});

describe('chartHost', () => {
	const drawn: string[] = [];
	const chart = (name: string) => ({ render: () => drawn.push(`render ${name}`), destroy: () => drawn.push(`destroy ${name}`) });

	it('takes the old chart down before drawing the new one, and draws nothing when there is nothing to show', () => {
		drawn.length = 0;
		const names = ['a', 'b', null];
		const host = chartHost(() => {
			const name = names.shift();
			return name ? chart(name) : null;
		});
		host.redraw();
		host.redraw();
		host.redraw();
		expect(drawn).toEqual(['render a', 'destroy a', 'render b', 'destroy b']);
	});

	it('redraws when the observed element\'s size settles', () => {
		fakeResizeObserver();
		drawn.length = 0;
		const host = chartHost(() => chart('c'));
		host.observe({} as Element);
		observers[0]!.report(300, 200);
		vi.advanceTimersByTime(150);
		expect(drawn).toEqual(['render c']);
	});

	it('after dispose: the chart is down, resizes and redraws draw nothing', () => {
		fakeResizeObserver();
		drawn.length = 0;
		const host = chartHost(() => chart('d'));
		host.redraw();
		host.observe({} as Element);
		observers[0]!.report(300, 200);
		host.dispose();
		vi.advanceTimersByTime(1000);
		host.redraw();
		expect(drawn).toEqual(['render d', 'destroy d']);
		expect(observers[0]!.disconnected).toBe(true);
	});
});
