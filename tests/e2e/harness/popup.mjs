// The real toolbar popup, opened over a job tab, so the popup resolves "the current tab" exactly as it does for a
// person. By default with chrome.action.openPopup(); with `{ click: true }` by Chromium's own "run the extension's
// action" (CDP Extensions.triggerAction), which is what a click on the toolbar button does, activeTab grant
// included: the popup then sees the tab's address, as it does for a person on a site it has no permission for.
// Playwright does not attach to extension popups, so the popup is driven through a plain CDP target session
// (target-session.mjs): evaluate scripts in it, click in it and take screenshots.
import { writeFileSync } from 'node:fs';
import { waitUntil } from './extension.mjs';
import { attachTarget } from './target-session.mjs';

/** The tab target (not the page target) showing `url`, which Extensions.triggerAction acts on. */
async function tabTargetOf(cdp, url) {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const target = targetInfos.find((info) => info.type === 'tab' && info.url.split('#')[0] === url);
  if (!target) throw new Error(`no tab shows ${url}`);
  return target.targetId;
}

export async function openPopup(browser, jobPage, { click = false } = {}) {
  await jobPage.bringToFront();
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  const cdp = await browser.context.browser().newBrowserCDPSession();
  if (click) {
    const targetId = await tabTargetOf(cdp, jobPage.url().split('#')[0]);
    await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId });
  } else {
    // Without the tabs permission the worker finds the tab by its address only where it has host permission.
    const windowId = await browser.worker.evaluate(
      async (url) => (await chrome.tabs.query({ url }))[0]?.windowId,
      jobPage.url().split('#')[0],
    );
    await browser.worker.evaluate((id) => chrome.action.openPopup(id === undefined ? {} : { windowId: id }), windowId);
  }

  const target = await waitUntil(
    async () => (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'page' && t.url === popupUrl),
    Boolean,
    { what: 'the popup to open', timeout: 5_000 },
  );
  const { send } = await attachTarget(cdp, target.targetId);

  /** Runs `fn(arg)` inside the popup; returns its (awaited, JSON-able) value. */
  const evaluate = async (fn, arg) => {
    const result = await send('Runtime.evaluate', {
      expression: `(${fn})(${JSON.stringify(arg)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails) throw new Error(`in the popup: ${result.exceptionDetails.exception?.description}`);
    return result.result.value;
  };
  const text = (testId) =>
    evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? null, testId);

  return {
    evaluate,
    text,
    /** Waits until the element with `testId` has text matching `pattern`; returns the text. */
    waitForText: (testId, pattern, options = {}) =>
      waitUntil(
        () => text(testId),
        (t) => t !== null && pattern.test(t),
        { what: `popup ${testId} ~ ${pattern}`, ...options },
      ),
    /** Types into an input the way a person does, as far as the page can tell: value set, then an input event. */
    fill: (testId, value) =>
      evaluate(
        ([id, v]) => {
          const input = document.querySelector(`[data-testid="${id}"]`);
          input.focus();
          input.value = v;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, data: v, inputType: 'insertText' }));
        },
        [testId, value],
      ),
    click: (testId) => evaluate((id) => document.querySelector(`[data-testid="${id}"]`).click(), testId),
    /**
     * Clicks the element as a person does, with the mouse (Input.dispatchMouseEvent at its centre), so the page gets
     * a real user gesture: what permissions.request() insists on.
     */
    async clickAsPerson(testId) {
      const box = await evaluate((id) => {
        const rect = document.querySelector(`[data-testid="${id}"]`).getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }, testId);
      for (const type of ['mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
      }
    },
    /** Whether the popup is still open (a prompt of the browser's own may close it). */
    async isOpen() {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.some((info) => info.targetId === target.targetId);
    },
    /** The popup as shown, or with `fullPage` its whole content, scrolled part included. */
    async screenshot(path, { fullPage = false } = {}) {
      const params = { format: 'png' };
      if (fullPage) {
        const { cssContentSize } = await send('Page.getLayoutMetrics');
        const clip = { x: 0, y: 0, width: cssContentSize.width, height: cssContentSize.height, scale: 1 };
        Object.assign(params, { clip, captureBeyondViewport: true });
      }
      const { data } = await send('Page.captureScreenshot', params);
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
