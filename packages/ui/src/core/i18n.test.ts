import { createTranslator, interpolate } from './i18n';

const catalogs = {
  ja: { greet: 'こんにちは、{name}さん', 'items.other': '{count}件', onlyJa: '日本語だけ' },
  en: { greet: 'Hello, {name}', 'items.one': '{count} item', 'items.other': '{count} items' },
};

describe('createTranslator', () => {
  it('interpolates values in the requested locale', () => {
    expect(createTranslator({ locale: 'en', catalogs })('greet', { name: 'Aoi' })).toBe(
      'Hello, Aoi',
    );
    expect(createTranslator({ locale: 'ja', catalogs })('greet', { name: '葵' })).toBe(
      'こんにちは、葵さん',
    );
  });

  it('chooses plural forms with Intl.PluralRules', () => {
    const en = createTranslator({ locale: 'en', catalogs });
    expect(en('items', { count: 1 })).toBe('1 item');
    expect(en('items', { count: 3 })).toBe('3 items');
    expect(createTranslator({ locale: 'ja', catalogs })('items', { count: 1 })).toBe('1件');
  });

  it('falls back to Japanese and reports the missing key', () => {
    const missing: string[] = [];
    const t = createTranslator({
      locale: 'en',
      catalogs,
      onMissing: (key, locale) => missing.push(`${locale}:${key}`),
    });
    expect(t('onlyJa')).toBe('日本語だけ');
    expect(missing).toEqual(['en:onlyJa']);
  });

  it('lets a city override any message per locale', () => {
    const t = createTranslator({
      locale: 'ja',
      catalogs,
      overrides: { ja: { greet: 'ようこそ {name} 様' } },
    });
    expect(t('greet', { name: '宇和島' })).toBe('ようこそ 宇和島 様');
  });

  it('returns the key itself when no catalog has it, so the gap is visible', () => {
    const t = createTranslator({ locale: 'ja', catalogs, onMissing: () => {} });
    expect(t('nope.missing')).toBe('nope.missing');
  });
});

describe('interpolate', () => {
  it('leaves unknown placeholders visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
