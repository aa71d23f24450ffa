import { expect, test } from '../src/testing/playwright';
import { openComposer } from './composer-helpers';

test('a gallery template edited in the form and in the XML stays in sync with the preview', async ({
  phone,
}) => {
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'TileWide310x150Text09' });
  const xml = composer.getByRole('textbox', { name: 'Payload XML (wns/tile)' });
  await expect(xml).toContainText('template="TileWide310x150Text09"');
  const wide = composer.getByRole('figure', { name: 'wide tile preview' });
  await expect(wide).toContainText('Storm warning for the coast');

  // Form → XML and preview.
  await composer.getByLabel('Title (text 1)').fill('Tide tables & <ferries>');
  await expect(xml).toContainText('<text id="1">Tide tables &amp; &lt;ferries&gt;</text>');
  await expect(wide).toContainText('Tide tables & <ferries>');

  // XML → form and preview.
  await xml.fill(
    '<tile><visual><binding template="TileWide310x150Text09"><text id="1">Ferry delayed</text><text id="2">Next sailing 14:10</text></binding></visual></tile>',
  );
  await expect(composer.getByLabel('Title (text 1)')).toHaveValue('Ferry delayed');
  await expect(composer.getByLabel('Body (text 2)')).toHaveValue('Next sailing 14:10');
  await expect(wide).toContainText('Next sailing 14:10');
  await expect(composer.getByRole('list', { name: 'Diagnostics' })).toHaveCount(0);
});

test('an invalid XML edit shows the diagnostic and keeps the text exactly as typed', async ({
  phone,
}) => {
  const composer = await openComposer(phone);
  const xml = composer.getByRole('textbox', { name: 'Payload XML (wns/toast)' });
  const broken = '<toast>\n<visual>\n<binding template="ToastText01">\n<text id="1">Half</visual>';
  await xml.fill(broken);
  const diagnostics = composer.getByRole('list', { name: 'Diagnostics' });
  await expect(diagnostics).toContainText(/The phone would drop it: .+ at line \d+, column \d+/);
  await expect(
    composer.getByText(/form follows the XML again once it is well-formed/),
  ).toBeVisible();
  await expect(composer.getByLabel('Title (text 1)')).toHaveCount(0);
  await expect(xml).toContainText('<text id="1">Half</visual>');
  await expect(composer.locator('.cm-lint-marker-error')).toHaveCount(1);

  // A well-formed payload the phone still drops (template name case) is named too.
  await xml.fill(
    '<toast><visual><binding template="toasttext01"><text id="1">Hi</text></binding></visual></toast>',
  );
  await expect(diagnostics).toContainText('toasttext01');
  await expect(composer.getByLabel('Title (text 1)')).toHaveValue('Hi');
});

test('typing in the editor offers element and template-name completions', async ({
  page,
  phone,
}) => {
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'TileLarge' });
  const xml = composer.getByRole('textbox', { name: 'Payload XML (wns/tile)' });
  await xml.fill('<tile><visual><binding template="TileSquare310x310Text0');
  await xml.press('End');
  await xml.press('Control+Space');
  await expect(page.getByRole('listbox').getByText('TileSquare310x310Text09')).toBeVisible();
});
