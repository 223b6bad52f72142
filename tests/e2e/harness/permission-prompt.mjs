// Answers Chromium's own extension permission prompt the way a person does: by clicking its button. The prompt is
// a native dialog (ExtensionInstallDialogView), out of reach of Playwright and of the page's DevTools protocol, so
// it is reached through Chromium's UI DevTools (--enable-ui-devtools, with synthetic events enabled): a tree of the
// browser's own views, whose buttons take mouse events. Nothing in the extension knows about this; its
// permissions.request() is the real one, and the grant the real one, as the checks after each click prove.
import { createServer } from 'node:net';
import WebSocket from 'ws';
import { waitUntil } from './extension.mjs';
import { createRpc } from './rpc.mjs';

/** A free local port for the UI DevTools server. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The switches that open the UI DevTools server on `port` and let it send clicks. */
export const uiDevToolsArgs = (port) => [
  `--enable-ui-devtools=${port}`,
  '--enable-features=ui-debug-tools-enable-synthetic-events',
];

async function connect(port) {
  const socket = await waitUntil(
    () =>
      new Promise((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/0`);
        ws.once('open', () => resolve(ws));
        ws.once('error', () => resolve(undefined));
      }),
    Boolean,
    { what: "Chromium's UI DevTools server", timeout: 10_000, interval: 200 },
  );
  const rpc = createRpc((text) => socket.send(text));
  socket.on('message', (data) => rpc.receive(String(data)));
  return { send: rpc.send, close: () => socket.close() };
}

const nodesOf = (root) => [root, ...(root.children ?? []).flatMap(nodesOf)];
/** A node's attribute: views have a `class` and a `name`, windows and widgets a `name`. */
const attribute = (node, key) => {
  const attributes = node.attributes ?? [];
  const at = attributes.indexOf(key);
  return at >= 0 ? attributes[at + 1] : undefined;
};
const classOf = (node) => attribute(node, 'class');

/** A view's properties (UI DevTools lists them as CSS-like rules): X, Width, Enabled, … */
async function propertiesOf(ui, node) {
  const { matchedCSSRules } = await ui.send('CSS.getMatchedStylesForNode', { nodeId: node.nodeId });
  return Object.fromEntries(
    matchedCSSRules.flatMap((rule) => rule.rule.style.cssProperties).map(({ name, value }) => [name, value]),
  );
}

/** The prompt's two buttons, left to right, once it shows them enabled. */
async function promptButtons(ui) {
  const { root } = await ui.send('DOM.getDocument');
  // The prompt's own widget; its button row sits beside the dialog's contents, not inside them.
  const dialog = nodesOf(root).find(
    (node) => node.nodeName === 'Widget' && attribute(node, 'name') === 'ExtensionInstallDialogView',
  );
  const row = dialog && nodesOf(dialog).find((node) => classOf(node) === 'DialogClientView::ButtonRowContainer');
  const buttons = row ? nodesOf(row).filter((node) => classOf(node) === 'MdTextButton') : [];
  if (buttons.length !== 2) return undefined;
  const withProperties = await Promise.all(buttons.map(async (node) => ({ node, ...(await propertiesOf(ui, node)) })));
  if (withProperties.some((button) => button.Enabled !== 'true' || button.Visible !== 'true')) return undefined;
  return withProperties.sort((a, b) => Number(a.X) - Number(b.X));
}

/**
 * Waits for the permission prompt and clicks "Allow" or "Cancel". Chromium on Linux lays its dialog buttons out
 * Cancel first, then the accepting one; the tests check the grant that follows, so a changed layout shows as a
 * failed test, not as a silent wrong answer.
 */
export async function answerPermissionPrompt(port, answer) {
  const ui = await connect(port);
  try {
    const buttons = await waitUntil(() => promptButtons(ui), Boolean, {
      what: 'the permission prompt',
      timeout: 15_000,
      interval: 200,
    });
    const button = answer === 'allow' ? buttons[1] : buttons[0];
    for (const type of ['mousePressed', 'mouseReleased']) {
      await ui.send('DOM.dispatchMouseEvent', {
        nodeId: button.node.nodeId,
        event: { type, x: 5, y: 5, button: 'left', wheelDirection: 'none' },
      });
    }
  } finally {
    ui.close();
  }
}
