import {
  isLocalGovernmentCode,
  isNationalShelterId,
  parseNationalShelterId,
  withCheckDigit,
} from './shelter-id';

describe('全国共通避難所・避難場所ID', () => {
  it('accepts the documented example and splits it into its parts', () => {
    expect(isNationalShelterId('E1310100005112')).toBe(true);
    expect(parseNationalShelterId('E1310100005112')).toEqual({
      municipalityCode: '13101',
      localGovernmentCode: '131016',
      facilitySerial: '00005',
      designation: 'shelter',
      shelterType: 'general',
    });
    expect(parseNationalShelterId('E3820390001120')).toMatchObject({ shelterType: 'welfare' });
    expect(parseNationalShelterId('E3820390001201')).toMatchObject({
      designation: 'emergency_site',
    });
    expect(parseNationalShelterId('E3820390001201')).not.toHaveProperty('shelterType');
  });

  it('refuses other shapes', () => {
    for (const bad of [
      '1310100005112',
      'E131010000511',
      'E13101000051123',
      'E1310100005312',
      'e1310100005112',
      42,
    ]) {
      expect(isNationalShelterId(bad)).toBe(false);
    }
    expect(parseNationalShelterId('E13101')).toBeUndefined();
  });
});

describe('地方公共団体コード check digit', () => {
  it('matches known codes, including remainders 0 and 1', () => {
    expect(withCheckDigit('13101')).toBe('131016'); // 千代田区
    expect(withCheckDigit('01100')).toBe('011002'); // 札幌市
    expect(withCheckDigit('27000')).toBe('270008'); // 大阪府
    expect(withCheckDigit('38203')).toBe('382035'); // 宇和島市
    expect(withCheckDigit('11000')).toBe('110001'); // 埼玉県: remainder 0
    expect(withCheckDigit('20000')).toBe('200000'); // 長野県: remainder 1
    expect(isLocalGovernmentCode('382035')).toBe(true);
    expect(isLocalGovernmentCode('382036')).toBe(false);
    expect(isLocalGovernmentCode('38203')).toBe(false);
  });
});
