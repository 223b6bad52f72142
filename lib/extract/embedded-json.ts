/**
 * JSON a page's own inline script assigns to a global (`window.__appData = {…};`). A content script runs in an
 * isolated world and cannot read the page's globals, so the object is read from the script's text instead: from
 * the `{` after the assignment to the brace that closes it, then parsed as JSON. Nothing here throws.
 */

/** The index just past the `}` that closes the object opening at `start`, or undefined when it never closes. */
function objectEnd(text: string, start: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      depth++;
    } else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

/** The object an inline script assigns to `name` ("window.__appData"), or undefined when none parses. */
export function assignedJson(root: ParentNode, name: string): Record<string, unknown> | undefined {
  for (const script of Array.from(root.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    const at = text.indexOf(name);
    if (at < 0) continue;
    const start = text.indexOf('{', at + name.length);
    if (start < 0 || !/^\s*=\s*$/.test(text.slice(at + name.length, start))) continue;
    const end = objectEnd(text, start);
    if (end === undefined) continue;
    try {
      const value: unknown = JSON.parse(text.slice(start, end));
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {}
  }
  return undefined;
}
