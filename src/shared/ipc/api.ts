import type { Channel, EventName } from './channels';
import type { ChannelInput, ChannelOutput, EventPayload } from './contract';
import type { Envelope } from './envelope';

/**
 * What the preload exposes as `window.api`: one method per channel, named by
 * the channel, answering with an envelope; plus `on` for main → renderer events.
 */
export type CopydeskBridge = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<Envelope<ChannelOutput<C>>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
