import { describe, expect, it } from 'vitest';
import { BytesFingerprint } from '../../src/data/fingerprint';
import { utf8 } from '../support/encode';
import { fingerprintOf } from '../support/wholeFile';

describe('fingerprintOf', () => {
  const file = utf8('county_code,county,period,people\n140923,代县,2019,320\n');

  it('gives the same fingerprint however the bytes are cut into chunks', () => {
    for (const cut of [1, 7, 20]) {
      const fingerprint = new BytesFingerprint();
      for (let offset = 0; offset < file.length; offset += cut) fingerprint.update(file.subarray(offset, offset + cut));
      expect(fingerprint.digest()).toBe(fingerprintOf(file));
    }
  });

  it('tells apart files that differ in one byte, or only in their order of bytes', () => {
    const changed = file.slice();
    changed[changed.length - 2] = '1'.charCodeAt(0);
    const swapped = file.slice();
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    expect(new Set([fingerprintOf(file), fingerprintOf(changed), fingerprintOf(swapped)]).size).toBe(3);
  });
});
