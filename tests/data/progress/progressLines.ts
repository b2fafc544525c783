// Progress files for the tests: a header and lines written as an office would, each a place's figure at a date.
export const HEADER = 'county_code,county,as_of,measure,value,source,quote,note';

export function progressFile(...lines: string[]): string {
  return [HEADER, ...lines].join('\n') + '\n';
}
