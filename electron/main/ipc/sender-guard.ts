/**
 * Decides whether an IPC message may be handled: only from our window's main frame, loaded from
 * our own renderer URL. Electron-free (it reads plain fields of the event), so crafted senders are
 * tested under Node. A subframe, another origin, a null frame or another window are refused.
 */
export interface SenderLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export function isTrustedSender(event: SenderLike, windowWebContentsId: number | null, rendererUrl: URL): boolean {
  if (windowWebContentsId === null || event.sender.id !== windowWebContentsId) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (rendererUrl.protocol === 'file:') return url.protocol === 'file:' && url.pathname === rendererUrl.pathname;
  return url.origin === rendererUrl.origin;
}
