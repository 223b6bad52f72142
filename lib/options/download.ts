export type Download = (fileName: string, text: string, type: string) => void;

/** Saves `text` as a file through a Blob URL and an `<a download>`: no downloads permission needed. */
export const downloadText: Download = (fileName, text, type) => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later rather than at once: a browser may start reading the URL only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
