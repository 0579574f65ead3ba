import fc from 'fast-check';
import { decodeCsvBytes, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and line breaks, and numbers records by their first line', () => {
    const text = 'NO,名称,備考\r\n1,"A, B","1行目\n2行目"\r\n2,"say ""hi""",\n3,C,x';
    expect(parseCsv(text)).toEqual({
      records: [
        { line: 1, fields: ['NO', '名称', '備考'] },
        { line: 2, fields: ['1', 'A, B', '1行目\n2行目'] },
        { line: 4, fields: ['2', 'say "hi"', ''] },
        { line: 5, fields: ['3', 'C', 'x'] },
      ],
    });
  });

  it('accepts CR line ends and a trailing newline, and reports an unterminated quote', () => {
    expect(parseCsv('a,b\rc,d\r').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
    ]);
    expect(parseCsv('a\n"b\nc')).toEqual({
      records: [{ line: 1, fields: ['a'] }],
      unterminatedQuoteAt: 2,
    });
  });

  it('round-trips any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'あ', ',', '"', '\n', '\r\n', ' ') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = rows
            .map((row) => row.map((value) => `"${value.replaceAll('"', '""')}"`).join(','))
            .join('\r\n');
          expect(parseCsv(text).records.map((record) => record.fields)).toEqual(rows);
        },
      ),
    );
  });
});

describe('decodeCsvBytes', () => {
  it('decodes UTF-8 with and without BOM, and falls back to Shift_JIS', () => {
    const utf8 = new TextEncoder().encode('共通ID,名称');
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: '共通ID,名称',
      encoding: 'utf-8',
    });
    expect(decodeCsvBytes(utf8.buffer)).toEqual({ text: '共通ID,名称', encoding: 'utf-8' });
    // 「避難所」 in Shift_JIS.
    const sjis = new Uint8Array([0x94, 0xf0, 0x93, 0xef, 0x8f, 0x8a]);
    expect(decodeCsvBytes(sjis)).toEqual({ text: '避難所', encoding: 'shift_jis' });
    expect(decodeCsvBytes('\uFEFFa,b')).toEqual({ text: 'a,b', encoding: 'utf-8' });
  });
});
