// A CDP session with one target of the browser (a popup, the extension's service worker) that Playwright does not
// attach to itself: commands go through Target.sendMessageToTarget, so the target is driven without being paused.
import { createRpc } from './rpc.mjs';

/** Attaches to the target `targetId` over `cdp` (a browser session); `send(method, params)` runs a command in it. */
export async function attachTarget(cdp, targetId) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const rpc = createRpc((message) => cdp.send('Target.sendMessageToTarget', { sessionId, message }));
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId === sessionId) rpc.receive(event.message);
  });
  return { send: rpc.send, detach: () => cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined) };
}
