import type { ModelAvailability, OnDeviceSummarizer } from '@/lib/summary/on-device';

/** A stand-in for Chrome's on-device summarizer: it says what it was asked, and its download reports 0, ½, 1. */
export function fakeSummarizer(options: { availability?: ModelAvailability; lines?: string[]; fail?: string } = {}) {
  const calls = { summarize: [] as string[], downloads: 0 };
  let availability: ModelAvailability = options.availability ?? 'available';
  const summarizer: OnDeviceSummarizer = {
    availability: async () => availability,
    async download(onProgress) {
      calls.downloads++;
      for (const fraction of [0, 0.5, 1]) onProgress(fraction);
      availability = 'available';
    },
    async summarize(text) {
      calls.summarize.push(text);
      if (options.fail) throw new Error(options.fail);
      return options.lines ?? ['Builds the network data models.', 'Asks for 2+ years as a data scientist.'];
    },
  };
  return { summarizer, calls };
}
