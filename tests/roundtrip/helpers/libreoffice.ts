import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { inTemporaryDirectory, run } from "./files";

// LibreOffice from Debian opens a DOCX the way a reader's office suite would; its PDF proves it read it.

export const SOFFICE = "/usr/bin/soffice";
export const hasLibreOffice = existsSync(SOFFICE);

/** The DOCX converted to PDF by LibreOffice; throws with LibreOffice's output when it produced none. */
export function libreOfficePdf(docx: Uint8Array): Promise<Uint8Array> {
  return inTemporaryDirectory(async (directory) => {
    const input = path.join(directory, "export.docx");
    await writeFile(input, docx);
    // A profile of its own, so a LibreOffice the developer has open does not take the job.
    const profile = `file://${path.join(directory, "profile")}`;
    const { stdout, stderr } = await run(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory, input], { timeout: 120_000 });
    const output = path.join(directory, "export.pdf");
    if (!existsSync(output)) throw new Error(`LibreOffice wrote no PDF.\n${stdout}\n${stderr}`);
    return new Uint8Array(await readFile(output));
  });
}
