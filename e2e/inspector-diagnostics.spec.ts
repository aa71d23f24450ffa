import { brokenToast, expect, goodToast, pushAll, test } from './inspector-fixtures';

test("a malformed payload's diagnostic jumps to its line in the body", async ({
  page,
  inspector,
}) => {
  await pushAll(page, [{ body: goodToast('fine') }, { body: brokenToast }]);
  await inspector.row(/POST toast 200 Contoso News · dropped/).click();

  const diagnostics = page.getByRole('region', { name: 'Diagnostics' });
  const jump = diagnostics.getByRole('button', { name: /^Go to line 4, column \d+/ });
  await expect(jump).toBeVisible();
  await jump.click();

  const body = page.getByRole('list', { name: 'Body lines' });
  const line = body.getByRole('listitem', { name: 'Line 4' });
  await expect(line).toHaveAttribute('aria-current', 'location');
  await expect(line).toContainText('</visual>');
  await expect(line).toContainText(/column \d+/);
  await expect(line).toBeInViewport();
  await expect(body.locator('[aria-current]')).toHaveCount(1);
});

test('the details pane shows request, verdict, response and the timeline', async ({
  page,
  inspector,
}) => {
  await pushAll(page, [{ body: goodToast('Timeline') }]);
  await inspector.row(/POST toast 200 Contoso News · shown: toast banner/).click();
  await expect(page.getByRole('region', { name: 'Request' })).toContainText('x-wns-type');
  await expect(page.getByRole('region', { name: 'Service verdict' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Response' })).toContainText('X-WNS-Msg-ID');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('Received by the service: 200');
  await expect(timeline).toContainText('Rendered as a toast');
});
