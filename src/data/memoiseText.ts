/**
 * Remembers a pure function of a short text. A large file repeats the same county, year and township on every
 * row, so reading each distinct cell once is most of the saving; past `limit` distinct texts (a column of IDs)
 * the memory is cleared rather than left to grow with the file.
 */
export function memoiseText<T>(read: (text: string) => T, limit = 4096): (text: string) => T {
  let memory = new Map<string, T>();
  return (text) => {
    const known = memory.get(text);
    if (known !== undefined || memory.has(text)) return known as T;
    const value = read(text);
    if (memory.size >= limit) memory = new Map();
    memory.set(text, value);
    return value;
  };
}
