// Freezes a platform config and everything in it (regular expressions excepted:
// a frozen RegExp cannot update its lastIndex), so that no caller edits a selector.
export function deepFreeze<T>(value: T): T {
  if (Array.isArray(value) || (typeof value === 'object' && value !== null && !(value instanceof RegExp))) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
