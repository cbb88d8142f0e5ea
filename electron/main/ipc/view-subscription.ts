import type { AppHost } from '../../app/app-host.js';
import type { EventChannel, EventChannels } from '../../contract/channels.js';

/** Hands one event to the page (webContents.send in Electron, the socket in the test bridge). */
export type DeliverEvent = <C extends EventChannel>(channel: C, payload: EventChannels[C]) => void;

/**
 * Ties the host's event subscription to one loaded page rather than to the app's lifetime.
 *
 * The engine flow-controls pty output only while someone is subscribed, and it credits output
 * back only when the view acknowledges what xterm drew. A page that reloads or closes while a
 * run is paused never acknowledges the output it was sent, so a subscription kept across the
 * reload would leave the pty paused for ever. Dropping the subscription when the page goes
 * lets the engine release the pause (no listener: no flow control); subscribing again once
 * the next page has its listeners starts the credit from zero for that page.
 */
export class ViewSubscription {
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly host: Pick<AppHost, 'subscribe'>,
    private readonly deliver: DeliverEvent,
  ) {}

  /** A page finished loading its scripts (its listeners exist): subscribe it. */
  ready(): void {
    // A second `ready` without `gone` is a new document all the same: it owes no old credit.
    this.gone();
    this.unsubscribe = this.host.subscribe(this.deliver);
  }

  /** The page went away (reload, navigation, crash, close): release what it held. */
  gone(): void {
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = null;
    unsubscribe?.();
  }

  /** True while a page is subscribed. */
  get attached(): boolean {
    return this.unsubscribe !== null;
  }
}
