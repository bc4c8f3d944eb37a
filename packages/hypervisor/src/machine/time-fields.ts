/**
 * Virtual time in ns outgrows 31 bits after 2.1 s. V8 keeps a number field as a small integer
 * until a value does not fit, then changes the field's representation for every object of that
 * shape, which discards the optimised code of every function that used one: a burst of ~75
 * deoptimisations and recompiles, which cost ~0.13 ms per domain lifecycle over the thousand
 * lifecycles after it. Objects with fields that hold times make them doubles from the start.
 */
export function timeFields(obj: object, ...keys: ReadonlyArray<string | number>): void {
  const fields = obj as Record<string | number, unknown>;
  for (const key of keys) {
    if (typeof fields[key] !== 'number') throw new TypeError(`${String(key)} is not a number field`);
    const value = fields[key];
    fields[key] = 0.5;
    fields[key] = value;
  }
}
