import type { EventName } from '@shared/ipc/channels';
import type { EventPayload } from '@shared/ipc/contract';

/** One main → renderer event, as every transport forwards it. */
export type HubEvent = { [E in EventName]: { event: E; payload: EventPayload<E> } }[EventName];

export type HubListener = (event: HubEvent) => void;

/** Subscribes to all events; returns the unsubscribe function. */
export type Subscribe = (listener: HubListener) => () => void;

/** Fan-out of workspace events to whichever transports are listening. */
export interface EventHub {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe: Subscribe;
}

/** A listener that throws is reported and skipped, so one broken client cannot starve the others. */
export function createEventHub(onListenerError: (error: unknown) => void = (e) => console.error('[copydesk] event listener failed', e)): EventHub {
  const listeners = new Set<HubListener>();
  return {
    emit(event, payload) {
      const message = { event, payload } as HubEvent;
      for (const listener of [...listeners]) {
        try {
          listener(message);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
