import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { History } from '@/lib/history';

/** Reading the CLI's input files, each failure a sentence that says which file and what to do about it. */

export class InputError extends Error {}

const IsoString = z.string().refine((value) => !Number.isNaN(Date.parse(value)), { message: 'expected an ISO date' });

const PostingHistory = z.object({
  firstSeen: IsoString,
  lastSeen: IsoString,
  timesSeen: z.number().int().nonnegative(),
  sightings: z.array(IsoString),
  repostsSeen: z.number().int().nonnegative(),
});

const CompanyHistory = z.object({
  key: z.string(),
  name: z.string(),
  postingsObserved: z.number().int().nonnegative(),
  postingsSeenLast14Days: z.number().int().nonnegative(),
  reposts: z.number().int().nonnegative(),
  medianLifetimeDays: z.number().nonnegative().nullable(),
  staleShare: z.number().min(0).max(1).nullable(),
});

const HistoryFile: z.ZodType<History> = z.object({
  posting: PostingHistory.optional(),
  company: CompanyHistory.optional(),
});

export async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    throw new InputError(`Cannot read the ${what} "${path}": ${why}.`);
  }
}

export async function readJson(path: string, what: string): Promise<unknown> {
  const text = await readText(path, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`The ${what} "${path}" is not valid JSON (${(error as Error).message}).`);
  }
}

export async function readHistory(path: string): Promise<History> {
  const parsed = HistoryFile.safeParse(await readJson(path, 'history file'));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the top level';
  throw new InputError(
    `The history file "${path}" is not a history ({ "posting"?: …, "company"?: … }): ${where}: ${issue?.message ?? 'invalid'}.`,
  );
}

export function parseNow(text: string | undefined): Date {
  if (text === undefined) return new Date();
  const ms = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms))
    throw new InputError(`--now "${text}" is not an ISO date such as 2026-04-14 or 2026-04-14T12:00:00Z.`);
  return new Date(ms);
}
