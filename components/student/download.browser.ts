import browser from 'webextension-polyfill';
import type { PdfFonts } from '../../lib/forms/pdf';

/**
 * The PDF forms' fonts, as the build copies them into the extension (wxt.config.ts): DejaVu Sans
 * has æøå and the ☐/☒ boxes. Fetched once per page; a failed fetch is retried next time.
 */
let fonts: Promise<PdfFonts> | null = null;

async function fontBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL(path as '/fonts/DejaVuSans.ttf'));
  if (!response.ok) throw new Error(`Skrifttypen ${path} mangler i utvidelsen (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

export function pdfFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([fontBytes('/fonts/DejaVuSans.ttf'), fontBytes('/fonts/DejaVuSans-Bold.ttf')]).then(
    ([regular, bold]) => ({ regular, bold }),
  );
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';

/**
 * Saves the bytes as a download through a Blob URL and an <a download>: the file never leaves the
 * machine, and the page needs no downloads permission round-trip through the background.
 */
export function downloadFile(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the URL after click() returns; give it time before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
