// Request and answer over a DevTools-style channel: each request gets an id, and the answer with that id settles it.
// `post(text)` sends one message; call the returned `receive(text)` with each message that comes back.

export function createRpc(post) {
  let lastId = 0;
  const pending = new Map();
  return {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = ++lastId;
        pending.set(id, (message) =>
          message.error ? reject(new Error(message.error.message)) : resolve(message.result),
        );
        Promise.resolve(post(JSON.stringify({ id, method, params }))).catch(reject);
      }),
    receive(text) {
      const message = JSON.parse(text);
      pending.get(message.id)?.(message);
      pending.delete(message.id);
    },
  };
}
