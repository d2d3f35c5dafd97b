/**
 * RFC 4180 read back independently of the writer: fields separated by commas, records by CRLF,
 * a quoted field may hold commas, line breaks and doubled quotes. Throws on anything else.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = "";
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        const close = text.indexOf('"', at);
        if (close < 0) throw new Error("Unterminated quoted field");
        field += text.slice(at, close);
        at = close + 1;
        if (text[at] !== '"') break;
        field += '"';
        at += 1;
      }
    } else {
      const end = text.slice(at).search(/[,\r\n"]/);
      field = end < 0 ? text.slice(at) : text.slice(at, at + end);
      at += field.length;
      if (text[at] === '"') throw new Error(`Quote inside an unquoted field at ${at}`);
    }
    record.push(field);
    if (text[at] === ",") {
      at += 1;
    } else if (text.startsWith("\r\n", at) || at === text.length) {
      records.push(record);
      record = [];
      at += 2;
    } else {
      throw new Error(`Expected a comma or CRLF at ${at}, found ${JSON.stringify(text[at])}`);
    }
  }
  return records;
}
