import type { ViewSubscription } from './view-subscription.js';

/** What a main-frame navigation start tells (Electron's WebContentsDidStartNavigationEventParams). */
interface NavigationStart {
  isMainFrame: boolean;
  isSameDocument: boolean;
}

/**
 * The WebContents events this reads, typed loosely so tests drive it with a plain EventEmitter
 * (Electron is not importable under Node).
 */
export interface PageEvents {
  on(event: 'dom-ready' | 'render-process-gone' | 'destroyed', listener: () => void): unknown;
  on(event: 'did-start-navigation', listener: (details: NavigationStart) => void): unknown;
  removeListener(event: 'dom-ready' | 'render-process-gone' | 'destroyed', listener: () => void): unknown;
  removeListener(event: 'did-start-navigation', listener: (details: NavigationStart) => void): unknown;
}

/**
 * Drives a {@link ViewSubscription} from a window's web contents: subscribed at `dom-ready`
 * (module scripts have run, so the preload listeners the page registered exist), released when
 * the main frame starts another document (reload, navigation), when the renderer process dies,
 * and when the contents are destroyed (the window closed). Returns a function that stops following.
 */
export function followWebContents(contents: PageEvents, view: ViewSubscription): () => void {
  const onReady = () => view.ready();
  const onGone = () => view.gone();
  const onNavigation = (details: NavigationStart) => {
    // In-page navigations (hash changes) and subframes keep the same page and its listeners.
    if (details.isMainFrame && !details.isSameDocument) view.gone();
  };
  contents.on('dom-ready', onReady);
  contents.on('did-start-navigation', onNavigation);
  contents.on('render-process-gone', onGone);
  contents.on('destroyed', onGone);
  return () => {
    contents.removeListener('dom-ready', onReady);
    contents.removeListener('did-start-navigation', onNavigation);
    contents.removeListener('render-process-gone', onGone);
    contents.removeListener('destroyed', onGone);
    view.gone();
  };
}
