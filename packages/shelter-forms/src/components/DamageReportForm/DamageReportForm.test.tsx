import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { SHELTER } from '../../core/outbox/test-support';
import { exampleReportData } from '../../core/validation/fixtures';
import { storyGeolocation, storyPhoto, storyPhotoCodec } from '../storySupport';
import { testNow, testOutbox } from '../testSupport';
import { DamageReportForm } from './DamageReportForm';
import * as stories from './DamageReportForm.stories';

async function renderForm(
  geolocation: ReturnType<typeof storyGeolocation> | null,
  onPhotoPrepared = vi.fn(),
) {
  const context = await testOutbox();
  render(
    <DamageReportForm
      outbox={context.outbox}
      shelterId={SHELTER}
      now={testNow}
      autosaveDelayMs={10}
      geolocation={geolocation}
      photoOptions={{ codec: storyPhotoCodec }}
      onPhotoPrepared={onPhotoPrepared}
    />,
  );
  await waitFor(() => expect(context.outbox.getSnapshot().counts.draft).toBe(1));
  // The photo control opens once the form knows its draft (photos are saved with it).
  await waitFor(() => expect(screen.getByLabelText(/^写真を追加/)).toBeEnabled());
  return { ...context, onPhotoPrepared };
}

describe('DamageReportForm', () => {
  it('fills latitude and longitude from the device and says how precise they are', async () => {
    const user = userEvent.setup();
    const { outbox } = await renderForm(storyGeolocation('found'));
    await user.click(screen.getByRole('button', { name: '現在地を使う' }));
    expect(await screen.findByText('現在地を入力しました（誤差 約12 m）')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /緯度/ })).toHaveValue('33.223321');
    await waitFor(() =>
      expect(outbox.getSnapshot().entries[0]?.report.data).toMatchObject({
        latitude: 33.223321,
        longitude: 132.56059,
      }),
    );
  });

  it('on refusal says so and moves to the address; without a location service offers no button', async () => {
    const user = userEvent.setup();
    await renderForm(storyGeolocation('denied'));
    await user.click(screen.getByRole('button', { name: '現在地を使う' }));
    expect(await screen.findByText(/現在地を取得できませんでした/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /住所・目印/ })).toHaveFocus();
  });

  it('offers no location button where there is no location service', async () => {
    await renderForm(null);
    expect(screen.queryByRole('button', { name: '現在地を使う' })).toBeNull();
  });

  it('needs a place: latitude and longitude, or an address', async () => {
    const user = userEvent.setup();
    await renderForm(null);
    await user.click(screen.getByRole('button', { name: '確認へ進む' }));
    expect(
      screen.getByRole('link', {
        name: '住所・目印：場所を入力してください（緯度・経度、または住所）。',
      }),
    ).toBeInTheDocument();
  });

  it('attaches up to 3 photos resized on the device, with previews by name and remove buttons', async () => {
    const user = userEvent.setup();
    const { outbox, onPhotoPrepared } = await renderForm(null);
    const input = screen.getByLabelText('写真を追加（あと3枚）');
    await user.upload(input, [storyPhoto('red'), storyPhoto('blue')]);
    expect(await screen.findByText('写真は2枚です')).toBeInTheDocument();
    expect(onPhotoPrepared).toHaveBeenCalledTimes(2);
    await waitFor(() =>
      expect(outbox.getSnapshot().entries[0]?.report.data).toMatchObject({
        photos: [
          { contentType: 'image/jpeg', width: 1600, height: 1200 },
          { contentType: 'image/jpeg', width: 1600, height: 1200 },
        ],
      }),
    );
    // The same picture again is not attached twice.
    await user.upload(screen.getByLabelText('写真を追加（あと1枚）'), [storyPhoto('red')]);
    await screen.findByText('写真は2枚です');
    await user.upload(screen.getByLabelText('写真を追加（あと1枚）'), [storyPhoto('green')]);
    await screen.findByText('写真は3枚です');
    expect(screen.queryByLabelText(/写真を追加/)).toBeNull();

    await user.click(screen.getByRole('button', { name: '写真2を削除' }));
    expect(screen.getByText('写真2を削除しました')).toBeInTheDocument();
    expect(screen.getByLabelText('写真を追加（あと1枚）')).toHaveFocus();
  });

  it('saves chosen photos in the outbox with the draft, and they reach HQ after the report', async () => {
    const user = userEvent.setup();
    const { outbox, server, setOnline } = await renderForm(null);
    await user.upload(screen.getByLabelText('写真を追加（あと3枚）'), [
      storyPhoto('red'),
      storyPhoto('blue'),
      storyPhoto('green'),
    ]);
    await screen.findByText('写真は3枚です');
    await waitFor(() =>
      expect(outbox.getSnapshot().entries[0]?.photos?.map((photo) => photo.status)).toEqual([
        'waiting',
        'waiting',
        'waiting',
      ]),
    );
    const draft = outbox.getSnapshot().entries[0]!;
    const [first, second, third] = draft.photos!;
    expect(await outbox.getPhoto(draft.id, first!.sha256)).toBeInstanceOf(Blob);

    // Removed from the report: gone from the device too.
    await user.click(screen.getByRole('button', { name: '写真2を削除' }));
    await waitFor(async () =>
      expect(await outbox.getPhoto(draft.id, second!.sha256)).toBeUndefined(),
    );
    await waitFor(() => expect(outbox.getSnapshot().entries[0]?.photos).toHaveLength(2));

    const data = outbox.getSnapshot().entries[0]!.report.data as { photos: unknown[] };
    await outbox.saveDraft(draft.id, { ...exampleReportData.damage, photos: data.photos } as never);
    await outbox.submit(draft.id);
    await setOnline(true);
    await waitFor(() =>
      expect(server.photoOrder).toEqual([
        `${draft.id}/${first!.sha256}`,
        `${draft.id}/${third!.sha256}`,
      ]),
    );
  });

  itPassesAxeForEveryStory(stories);
});
