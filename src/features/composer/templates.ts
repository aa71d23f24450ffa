import { escapeXml } from '../../lib/xml-escape';

/** A Windows 8.1 / Windows Phone 8.1 two-line toast: bold title, wrapped body. [S51] */
export const toastText02 = (title: string, body: string) =>
  `<toast launch="composer">
  <visual>
    <binding template="ToastText02">
      <text id="1">${escapeXml(title)}</text>
      <text id="2">${escapeXml(body)}</text>
    </binding>
  </visual>
</toast>`;
