const pad = (n: number) => String(n).padStart(2, '0');

/** "still-hiring-export-2025-03-14.json": the user's local date, which is the one they will look for. */
export function datedFileName(stem: string, now: Date, extension: string): string {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${stem}-${date}.${extension}`;
}
