/**
 * Saves a DOM node as a PNG download. modern-screenshot (SVG foreignObject → canvas) is loaded
 * only when a user exports, so the first page does not carry it. Images in the node are
 * same-origin (the sample package), so the canvas is never tainted.
 */
export async function exportPng(node: HTMLElement, name: string): Promise<string> {
  const { domToBlob } = await import('modern-screenshot');
  const blob = await domToBlob(node, { type: 'image/png', backgroundColor: '#171717', scale: 1 });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
