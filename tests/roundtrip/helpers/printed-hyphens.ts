import { getDocumentProxy } from "unpdf";

/** How many hyphens Chromium printed where it broke a line inside a word (it prints U+2010). */
export async function countPrintedHyphens(pdf: Uint8Array): Promise<number> {
  const document = await getDocumentProxy(pdf.slice());
  let count = 0;
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) if ("str" in item && item.str.endsWith("\u2010")) count++;
  }
  await document.destroy();
  return count;
}
