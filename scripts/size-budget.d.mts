export const CONTENT_SCRIPT_GZIP_BUDGET: number;
export const CONTENT_SCRIPT_GZIP_BUDGETS: Record<string, number>;
export function budgetFor(file: string): number;
export interface ScriptSize {
  file: string;
  raw: number;
  gzip: number;
}
export function contentScriptSizes(outDir: string): ScriptSize[];
export function formatSizes(sizes: ScriptSize[]): string[];
export function enforceContentScriptBudget(
  outDir: string,
  log?: (message: string) => void,
  budget?: (file: string) => number,
): void;
