import fc from 'fast-check';
import { fitWithin, type PhotoCodec, photoUploadPath, preparePhoto, sha256Hex } from './photos';
import { exampleReportData } from './validation/fixtures';
import { validateReportData } from './validation/report';

describe('fitWithin', () => {
  it('scales the longer side down to 1600 px and never enlarges', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(10_000, 1)).toEqual({ width: 1600, height: 1 });
  });

  it('keeps any image within the limit and its aspect ratio', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        (width, height) => {
          const size = fitWithin(width, height);
          expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(1600);
          expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(1);
          if (Math.min(width, height) * (1600 / Math.max(width, height)) >= 50) {
            expect(
              Math.abs(size.width / size.height - width / height) / (width / height),
            ).toBeLessThan(0.03);
          }
        },
      ),
    );
  });
});

describe('sha256Hex', () => {
  it('hashes bytes, buffers and blobs alike', async () => {
    const abc = '616263';
    const expected = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(expected);
    expect(
      await sha256Hex(new Uint8Array(abc.match(/../g)!.map((h) => Number.parseInt(h, 16))).buffer),
    ).toBe(expected);
    expect(await sha256Hex(new Blob(['abc']))).toBe(expected);
  });
});

describe('preparePhoto', () => {
  it('resizes, re-encodes and describes the photo for the damage report', async () => {
    const drawn: number[][] = [];
    let closed = false;
    const codec: PhotoCodec = {
      decode: async () => ({
        source: {} as CanvasImageSource,
        width: 4032,
        height: 3024,
        close: () => (closed = true),
      }),
      encode: async (_image, width, height, type, quality) => {
        drawn.push([width, height, quality]);
        return new Blob([`${width}x${height}`], { type });
      },
    };
    const photo = await preparePhoto(new Blob(['raw']), { codec });
    expect(drawn).toEqual([[1600, 1200, 0.82]]);
    expect(closed).toBe(true);
    expect(photo.reference).toEqual({
      sha256: await sha256Hex(new Blob(['1600x1200'])),
      contentType: 'image/jpeg',
      width: 1600,
      height: 1200,
      byteLength: 9,
    });
    const data = { ...exampleReportData.damage, photos: [photo.reference] };
    expect(validateReportData('damage', data)).toEqual([]);
  });

  it('names the idempotent upload URL by report id and hash', () => {
    expect(photoUploadPath('E3820390001111', 'r1', 'ab')).toBe(
      '/api/v1/shelters/E3820390001111/reports/r1/photos/ab',
    );
  });
});
