import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchDom } from '@/lib/content/watch-dom';

let ctx: ContentScriptContext;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
  ctx = new ContentScriptContext('test');
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.useRealTimers();
});

const change = async () => {
  document.body.append(document.createElement('p'));
  await Promise.resolve(); // let the MutationObserver deliver
};

describe('watchDom', () => {
  it('checks the first change of a quiet page at once, then once per throttle window', async () => {
    const check = vi.fn(() => false);
    watchDom(ctx, { check, throttleMs: 250 });

    await change();
    await vi.advanceTimersByTimeAsync(0);
    expect(check).toHaveBeenCalledTimes(1);

    await change();
    await change();
    await vi.advanceTimersByTimeAsync(100);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(150);
    expect(check).toHaveBeenCalledTimes(2);

    await vi.advanceTimersByTimeAsync(1000);
    await change();
    await vi.advanceTimersByTimeAsync(0);
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('stops when the check says so, and on timeout', async () => {
    const check = vi.fn(() => true);
    const onTimeout = vi.fn();
    watchDom(ctx, { check, throttleMs: 250, timeoutMs: 5000, onTimeout });
    await change();
    await vi.advanceTimersByTimeAsync(0);
    await change();
    await vi.advanceTimersByTimeAsync(6000);
    expect(check).toHaveBeenCalledTimes(1);
    expect(onTimeout).not.toHaveBeenCalled();

    const never = vi.fn(() => false);
    watchDom(ctx, { check: never, throttleMs: 250, timeoutMs: 5000, onTimeout });
    await vi.advanceTimersByTimeAsync(5000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
  });
});
