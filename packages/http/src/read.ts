/**
 * Reading values that may be hostile: a property read once, guarded, so a
 * throwing getter, a proxy trap or a revoked proxy gives undefined instead of
 * an exception.
 */

/** One property, or undefined when there is none or reading it throws (a throwing getter, a revoked proxy). */
export function property(value: unknown, key: string | symbol): unknown {
  if ((typeof value !== 'object' || value === null) && typeof value !== 'function') return undefined;
  try {
    return (value as Record<string | symbol, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A string property, or undefined. */
export function stringProperty(value: unknown, key: string): string | undefined {
  const found = property(value, key);
  return typeof found === 'string' ? found : undefined;
}
