/**
 * RFC 4180 CSV held whole in a string: fields separated by commas, records by CRLF or LF, a
 * field in double quotes may hold commas, line breaks and doubled quotes. Small files only (the
 * NUCC code set); registry files are streamed by the reader instead.
 */
export function parseCsvText(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (index < text.length) {
    const char = text[index] as string;
    index += 1;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[index] === '"') {
        field += '"';
        index += 1;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') endField();
    else if (char === '\n') endRecord();
    else if (char === '\r' && text[index] === '\n') {
      endRecord();
      index += 1;
    } else field += char;
  }
  if (quoted) throw new Error('The CSV text ends inside a quoted field.');
  // A last line without a line break is a record; a final line break does not start one.
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
