const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for an XML element or attribute value. */
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);
