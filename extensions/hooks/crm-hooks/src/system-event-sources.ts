import { COMMERCE_SYSTEM_EVENT_SOURCES, CORE_SYSTEM_EVENT_SOURCES, SERVICE_SYSTEM_EVENT_SOURCES, type SystemEventSource } from '@crm/core';

/** Everything written to customer timelines automatically. Modules add their sources here. */
export const SYSTEM_EVENT_SOURCES: ReadonlyMap<string, SystemEventSource> = new Map([...CORE_SYSTEM_EVENT_SOURCES, ...COMMERCE_SYSTEM_EVENT_SOURCES, ...SERVICE_SYSTEM_EVENT_SOURCES].map((s) => [s.collection, s]));
