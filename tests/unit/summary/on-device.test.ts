import { looksEnglish } from '@/lib/summary/language';
import { builtInSummarizer, keyPointLines } from '@/lib/summary/on-device';

type Listener = (event: { loaded: number; total?: number }) => void;

/** A stand-in for Chrome's `Summarizer` global, recording what it was asked. */
function fakeApi(options: { availability?: string; output?: string; quota?: number; failCreate?: number } = {}) {
  const calls = { availability: [] as unknown[], create: [] as Record<string, unknown>[], inputs: [] as string[] };
  let failures = options.failCreate ?? 0;
  const listeners: Listener[] = [];
  const api = {
    async availability(opts: unknown) {
      calls.availability.push(opts);
      if (options.availability === 'throw') throw new Error('boom');
      return options.availability ?? 'available';
    },
    async create(
      opts: Record<string, unknown> & { monitor?: (m: { addEventListener: (t: string, l: Listener) => void }) => void },
    ) {
      calls.create.push(opts);
      opts.monitor?.({ addEventListener: (_type, listener) => listeners.push(listener) });
      if (failures-- > 0)
        throw new DOMException('Requires a user gesture when availability is "downloadable"', 'NotAllowedError');
      return {
        inputQuota: options.quota,
        async measureInputUsage(input: string) {
          return input.length;
        },
        async summarize(input: string) {
          calls.inputs.push(input);
          return options.output ?? '* Builds the routing platform.\n* Needs 5+ years of Go.';
        },
      };
    },
  };
  return {
    scope: { Summarizer: api },
    calls,
    progress: (event: { loaded: number; total?: number }) => {
      for (const listener of listeners) listener(event);
    },
  };
}

describe('builtInSummarizer', () => {
  it('is absent where the browser has no Summarizer', () => {
    expect(builtInSummarizer({})).toBeUndefined();
    expect(builtInSummarizer({ Summarizer: { availability: 1 } })).toBeUndefined();
  });

  it('asks for plain-text key points in English, with the same options for availability and create', async () => {
    const { scope, calls } = fakeApi();
    const summarizer = builtInSummarizer(scope);
    expect(await summarizer?.availability()).toBe('available');
    await summarizer?.summarize('We are hiring.');
    const core = {
      type: 'key-points',
      format: 'plain-text',
      length: 'medium',
      expectedInputLanguages: ['en'],
      outputLanguage: 'en',
    };
    expect(calls.availability).toEqual([core]);
    expect(calls.create[0]).toMatchObject(core);
    expect(calls.create[0]?.sharedContext).toContain('job seeker');
  });

  it('reads an unknown or failed answer as unavailable', async () => {
    expect(await builtInSummarizer(fakeApi({ availability: 'after-download' }).scope)?.availability()).toBe(
      'unavailable',
    );
    expect(await builtInSummarizer(fakeApi({ availability: 'throw' }).scope)?.availability()).toBe('unavailable');
  });

  it('reports download progress as a fraction, whether Chrome gives one or bytes', async () => {
    const { scope, progress } = fakeApi();
    const seen: number[] = [];
    const summarizer = builtInSummarizer(scope);
    const done = summarizer?.download((fraction) => seen.push(fraction));
    progress({ loaded: 0.25 });
    progress({ loaded: 500, total: 1000 });
    progress({ loaded: 1 });
    await done;
    expect(seen).toEqual([0.25, 0.5, 1]);
  });

  it('makes one summarizer and reuses it; a failed create is tried again next time', async () => {
    const { scope, calls } = fakeApi({ failCreate: 1 });
    const summarizer = builtInSummarizer(scope);
    await expect(summarizer?.summarize('We are hiring.')).rejects.toThrow('user gesture');
    expect(await summarizer?.summarize('We are hiring.')).toEqual([
      'Builds the routing platform.',
      'Needs 5+ years of Go.',
    ]);
    await summarizer?.summarize('Again.');
    expect(calls.create).toHaveLength(2);
  });

  it('cuts a description longer than the model takes in', async () => {
    const { scope, calls } = fakeApi({ quota: 100 });
    await builtInSummarizer(scope)?.summarize('x'.repeat(1000));
    expect(calls.inputs[0]?.length).toBe(90);
  });
});

describe('keyPointLines', () => {
  it('takes one point a line, without bullets or numbers, five at most, each a line long at most', () => {
    const output = `* One.\n\n- Two.\n• Three.\n1. Four.\n2) Five.\n* Six.`;
    expect(keyPointLines(output)).toEqual(['One.', 'Two.', 'Three.', 'Four.', 'Five.']);
    const long = keyPointLines(`* ${'word '.repeat(100)}`)[0] ?? '';
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long.endsWith('word')).toBe(true);
  });

  it('refuses an empty answer', () => {
    expect(() => keyPointLines(' \n* \n')).toThrow("Chrome's on-device model gave an empty summary.");
  });
});

describe('looksEnglish', () => {
  it('tells English from the other languages read, and a bilingual posting from an English one', () => {
    expect(looksEnglish('We are looking for an engineer to join our team and build the tools you will use.')).toBe(
      true,
    );
    expect(
      looksEnglish(
        'Nous recherchons un ingénieur pour rejoindre notre équipe et construire les outils de la plateforme.',
      ),
    ).toBe(false);
    expect(looksEnglish('Wir suchen eine Entwicklerin für das Team und die Plattform, mit der wir arbeiten.')).toBe(
      false,
    );
    expect(looksEnglish('Buscamos una desarrolladora para el equipo de producto y los clientes de la empresa.')).toBe(
      false,
    );
    const english = 'We are looking for an engineer to join our team and build the tools you will use.';
    const french =
      'Nous recherchons un ingénieur pour rejoindre notre équipe et construire les outils de la plateforme des clients.';
    expect(looksEnglish(`${french} ${french} ${english}`)).toBe(false);
    expect(looksEnglish('')).toBe(false);
  });
});
