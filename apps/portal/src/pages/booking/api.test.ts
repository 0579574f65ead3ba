import { keepLanguage, roomUrl } from './api';

describe('keepLanguage', () => {
  it("adds the page's ?lang= to a full-page link, before any fragment", () => {
    expect(keepLanguage(roomUrl('UWJ-AB3C-D4'), '?lang=en')).toBe(
      '/consultation/room/UWJ-AB3C-D4?lang=en',
    );
    expect(keepLanguage(roomUrl('UWJ-AB3C-D4', 'a+b'), '?x=1&lang=ja-easy')).toBe(
      '/consultation/room/UWJ-AB3C-D4?lang=ja-easy#token=a%2Bb',
    );
    expect(keepLanguage('/a?b=1', '?lang=en')).toBe('/a?b=1&lang=en');
  });

  it('leaves the link alone when the page has no ?lang=', () => {
    expect(keepLanguage(roomUrl('UWJ-AB3C-D4'), '')).toBe('/consultation/room/UWJ-AB3C-D4');
  });
});
