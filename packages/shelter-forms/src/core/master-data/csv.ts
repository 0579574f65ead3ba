/** Bytes of a CSV file decoded, and which encoding it was in. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'shift_jis';
}

/**
 * Decodes a municipal CSV file: UTF-8 (with or without BOM) as published by GSI and the Digital
 * Agency, or Shift_JIS as Excel in Japan still saves it. Invalid UTF-8 means Shift_JIS.
 */
export function decodeCsvBytes(input: Uint8Array | ArrayBuffer | string): DecodedText {
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  try {
    // `ignoreBOM: false` (the default) drops a leading BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}

/** One record of a CSV file, with the line it starts on (1-based, as an editor shows it). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Records, and the line of an unterminated quote if the file ends inside one. */
export interface CsvParseResult {
  records: CsvRecord[];
  unterminatedQuoteAt?: number;
}

/**
 * Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks (GSI's
 * 備考 often do); records end at CRLF, LF or CR. Each record keeps the line it starts on.
 */
export function parseCsv(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let index = 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (index < text.length) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index += 1;
        } else {
          quoted = false;
        }
      } else {
        if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) line += 1;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += char;
    }
    index += 1;
  }
  if (quoted) return { records, unterminatedQuoteAt: quoteLine };
  if (field !== '' || fields.length > 0) endRecord();
  return { records };
}
