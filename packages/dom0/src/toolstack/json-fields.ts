/**
 * Field checks for JSON that comes from outside (a save image's metadata, a migration
 * stream's header): each returns the value with its type, or throws the caller's error naming
 * the field.
 */
export interface JsonFields {
  obj(v: unknown, what: string): Record<string, unknown>;
  arr(v: unknown, what: string): unknown[];
  str(v: unknown, what: string): string;
  /** An integer in 0..max. */
  int(v: unknown, what: string, max: number): number;
}

export function jsonFields(error: (message: string) => Error): JsonFields {
  return {
    obj: (v, what) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw error(`${what} is not an object`);
      return v as Record<string, unknown>;
    },
    arr: (v, what) => {
      if (!Array.isArray(v)) throw error(`${what} is not a list`);
      return v;
    },
    str: (v, what) => {
      if (typeof v !== 'string') throw error(`${what} is not a string`);
      return v;
    },
    int: (v, what, max) => {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) throw error(`${what} is not an integer in 0..${max}`);
      return v;
    },
  };
}
