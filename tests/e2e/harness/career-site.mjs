// Turning a career site on as a person does (used by the tests, the browser benchmark and the demo): the popup,
// opened by the toolbar button over the site's tab, offers the site; a mouse click on the offer asks the browser;
// the browser's own prompt is answered by clicking its button. Chromium closes the popup as its prompt opens, so
// the popup is closed here too; the background registers the site's script and runs it in the tab.
import { answerPermissionPrompt } from './permission-prompt.mjs';
import { openPopup } from './popup.mjs';

/** Asks to turn on the career site `page` shows; returns the popup (closed by Chromium once the prompt opens). */
export async function askToTurnOn(browser, page) {
  const popup = await openPopup(browser, page, { click: true });
  const host = new URL(page.url()).hostname;
  await popup.waitForText('popup-turn-on-site', new RegExp(`^Score job postings on ${host.replace(/\./g, '\\.')}$`));
  await popup.clickAsPerson('popup-turn-on-site');
  return popup;
}

/** Turns on the career site `page` shows, answering the prompt with "Allow". Needs a browser with UI DevTools. */
export async function turnOnCareerSite(browser, page, uiDevToolsPort) {
  const popup = await askToTurnOn(browser, page);
  try {
    await answerPermissionPrompt(uiDevToolsPort, 'allow');
  } finally {
    await popup.close();
  }
}
