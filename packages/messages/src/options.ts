/**
 * Options read once, at the boundary, into a plain object: the functions that
 * take options answer for any options value, even a proxy whose traps throw,
 * a revoked proxy or an object whose getters throw.
 */

/** `keys` of `options`, each read once; a key that cannot be read, or is undefined, is left out (as if not given). */
export function readOptions<Options extends object, Key extends keyof Options>(options: Options | null | undefined, keys: readonly Key[]): Pick<Options, Key> {
  const read = {} as Pick<Options, Key>;
  for (const key of keys) {
    try {
      const value = options?.[key];
      if (value !== undefined) read[key] = value as Options[Key];
    } catch {
      // Unreadable: not given.
    }
  }
  return read;
}
