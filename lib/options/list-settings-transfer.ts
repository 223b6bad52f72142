import * as z from 'zod/mini';
import { ListRules, Settings, validateSettings } from '@/lib/settings';

/**
 * The settings that decide what job lists show, as they travel in an export file (docs/export-format.md): the score
 * threshold, the card rules and the hidden companies. The store keeps no settings, so the options page puts them in
 * the file and takes them out.
 */

const ListSettings = z.object({
  lists: Settings.shape.lists,
  listRules: ListRules,
  blockedCompanies: Settings.shape.blockedCompanies,
});
export type ListSettings = z.infer<typeof ListSettings>;

export function listSettingsOf({ lists, listRules, blockedCompanies }: Settings): ListSettings {
  return { lists, listRules, blockedCompanies };
}

const union = (mine: readonly string[], theirs: readonly string[]) => [...new Set([...mine, ...theirs])];

/**
 * `current` with a file's list settings: its threshold and card rules, its keywords and hidden companies added to
 * ours (nothing of either side is lost). A damaged entry, or a union past the limits, is refused with the field and
 * the reason.
 */
export function withImportedListSettings(
  current: Settings,
  fromFile: unknown,
): { ok: true; settings: Settings } | { ok: false; error: string } {
  const parsed = ListSettings.safeParse(fromFile);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `List settings: ${issue?.path.join('.') || 'listSettings'}: ${issue?.message}` };
  }
  const { lists, listRules, blockedCompanies } = parsed.data;
  const merged = {
    ...current,
    lists,
    listRules: {
      ...listRules,
      keywords: { ...listRules.keywords, terms: union(current.listRules.keywords.terms, listRules.keywords.terms) },
    },
    blockedCompanies: union(current.blockedCompanies, blockedCompanies),
  };
  const valid = validateSettings(merged);
  if (valid.ok) return valid;
  const [field, error] = Object.entries(valid.errors)[0] ?? ['settings', 'invalid'];
  return { ok: false, error: `List settings, with this browser's added: ${field}: ${error}` };
}
