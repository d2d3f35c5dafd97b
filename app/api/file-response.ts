/** A generated file as a download, never cached: it holds what one reader may see. */
export function fileResponse(file: { body: Uint8Array; contentType: string; filename: string }, headers: Record<string, string> = {}): Response {
  return new Response(new Blob([file.body as BlobPart]), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.body.byteLength),
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "private, no-store",
      ...headers,
    },
  });
}
