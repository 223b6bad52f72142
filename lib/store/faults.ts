export const STORAGE_FULL_PROBLEM =
  "Still Hiring could not save its history: your browser's storage is full. Scores still work; free some space or clear old history in the options page.";

function describeError(error: unknown): { name?: string; text: string } {
  const { name, message } = (typeof error === 'object' && error !== null ? error : {}) as Partial<Error>;
  return { ...(name === undefined ? {} : { name }), text: message || name || String(error) };
}

/** A sentence for a failed background write: the storage-full one people can act on, or the error as given. */
export function saveFailure(error: unknown): string {
  const { name, text } = describeError(error);
  if (name === 'QuotaExceededError') return STORAGE_FULL_PROBLEM;
  return `Still Hiring could not save its history (${text}). Scores still work.`;
}

/** Why a valid file could not be written. The options page puts "Nothing was imported." before it. */
export function importFailure(error: unknown): string {
  const { name, text } = describeError(error);
  if (name === 'QuotaExceededError') {
    return "Your browser's storage is full. Free some space or clear old history, then try again.";
  }
  return `The file could not be written (${text}).`;
}
