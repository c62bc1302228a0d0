// exceljs, with one fix: its streaming reader (4.4) decodes each chunk of a sheet's XML on its own,
// so a Chinese character split between two chunks comes out as "��" — 1 row in 500 of a member list.
// Before exceljs is first loaded, its XML helper is replaced by one that keeps a UTF-8 decoder
// across chunks. Everything on the server imports ExcelJS from here, never from 'exceljs'.
import Module, { createRequire } from 'module';
import { StringDecoder } from 'string_decoder';

const fromExceljs = createRequire(require.resolve('exceljs/package.json'));
const helper = fromExceljs.resolve('./lib/utils/parse-sax.js');

if (!require.cache[helper]) {
  const { SaxesParser } = fromExceljs('saxes');
  async function* parseSax(input: any) {
    // Old-style streams have no async iterator (as in exceljs's own helper).
    const iterable = input.pipe && !input[Symbol.asyncIterator] ? input.pipe(new (fromExceljs('readable-stream').PassThrough)()) : input;
    const parser = new SaxesParser();
    const decoder = new StringDecoder('utf8');
    let error: unknown;
    parser.on('error', (e: unknown) => { error = e; });
    let events: Array<{ eventType: string; value: unknown }> = [];
    parser.on('opentag', (value: unknown) => events.push({ eventType: 'opentag', value }));
    parser.on('text', (value: unknown) => events.push({ eventType: 'text', value }));
    parser.on('closetag', (value: unknown) => events.push({ eventType: 'closetag', value }));
    for await (const chunk of iterable) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.end();
    if (rest) parser.write(rest);
    if (error) throw error;
    if (events.length) yield events;
  }
  const m = new Module(helper);
  m.filename = helper;
  m.loaded = true;
  m.exports = parseSax;
  require.cache[helper] = m;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ExcelJS: typeof import('exceljs') = require('exceljs');
export default ExcelJS;
