// What the core demo generators share: the random stream, faker per locale (seeded like the stream), the
// clock, and how moments are placed in office hours.
import { Faker, base, de, en, en_GB, en_US } from '@faker-js/faker';
import type { LocaleKey } from './demo-world.ts';
import { DAY, HOUR, MINUTE } from './moments.ts';
import { createRng, type Rng } from './random.ts';

export interface DemoContext {
	rng: Rng;
	fakers: Record<LocaleKey, Faker>;
	nowMs: number;
	/**
	 * A moment within [from, to] during local office hours (08:00–18:55 at `utcOffset` hours from UTC),
	 * on a weekday unless `weekdaysOnly` is false, on a 5-minute grid where the window allows.
	 */
	businessMoment: (from: number, to: number, utcOffset: number, weekdaysOnly?: boolean) => number;
	/** Any whole second within [from, to]. */
	anyMoment: (from: number, to: number) => number;
}

function businessMoments(rng: Rng): DemoContext['businessMoment'] {
	return (from, to, utcOffset, weekdaysOnly = true) => {
		const shift = utcOffset * HOUR;
		const firstDay = Math.floor((from + shift) / DAY);
		const lastDay = Math.floor((to + shift) / DAY);
		let day = rng.int(firstDay, lastDay);
		const dow = new Date(day * DAY).getUTCDay();
		if (weekdaysOnly && (dow === 0 || dow === 6)) {
			const back = dow === 6 ? day - 1 : day - 2;
			const forward = dow === 6 ? day + 2 : day + 1;
			if (back >= firstDay) day = back;
			else if (forward <= lastDay) day = forward;
		}
		const slot = 5 * MINUTE;
		let t = day * DAY + rng.int(8, 18) * HOUR + rng.int(0, 11) * slot - shift;
		// Near the window edges, stay close to the edge instead of piling rows onto one instant.
		if (t > to) t = Math.floor(to / slot) * slot - rng.int(0, 12) * slot;
		if (t < from) t = Math.ceil(from / slot) * slot + rng.int(0, 12) * slot;
		return Math.max(Math.ceil(from / 1000) * 1000, Math.min(t, to));
	};
}

export function createDemoContext(seed: number, nowMs: number): DemoContext {
	const rng = createRng(seed);
	const fakers: Record<LocaleKey, Faker> = {
		de: new Faker({ locale: [de, en, base] }),
		gb: new Faker({ locale: [en_GB, en, base] }),
		us: new Faker({ locale: [en_US, en, base] }),
	};
	fakers.de.seed(seed);
	fakers.gb.seed(seed + 1);
	fakers.us.seed(seed + 2);
	const anyMoment = (from: number, to: number): number => Math.min(to, Math.ceil(from / 1000) * 1000 + rng.int(0, Math.max(0, Math.floor((to - from) / 1000))) * 1000);
	return { rng, fakers, nowMs, businessMoment: businessMoments(rng), anyMoment };
}
