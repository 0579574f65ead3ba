import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { SHELTER } from '../../core/outbox/test-support';
import { testNow, testOutbox } from '../testSupport';
import { ShelterOpeningForm } from './ShelterOpeningForm';
import * as stories from './ShelterOpeningForm.stories';

describe('ShelterOpeningForm', () => {
  it('needs the opening time of an open shelter, unless it is marked 未確認', async () => {
    const user = userEvent.setup();
    const { outbox } = await testOutbox();
    render(
      <ShelterOpeningForm outbox={outbox} shelterId={SHELTER} now={testNow} autosaveDelayMs={10} />,
    );
    await user.click(await screen.findByRole('radio', { name: '開設' }));
    await user.type(screen.getByRole('textbox', { name: /避難者数（総数）/ }), '42');
    await user.click(screen.getByRole('button', { name: '確認へ進む' }));
    expect(screen.getByRole('link', { name: '開設日時：必須の項目です。' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: '未確認（開設日時）' }));
    await user.click(screen.getByRole('button', { name: '確認へ進む' }));
    await user.click(screen.getByRole('button', { name: 'この内容で報告する' }));
    await screen.findByRole('heading', { name: 'この端末に保存しました' });
    expect(outbox.getSnapshot().entries[0]?.report.data).toEqual({
      openingStatus: 'open',
      evacueeTotal: 42,
      reportedAt: '2026-12-01T12:05:00+09:00',
      unconfirmedFields: ['openedAt'],
    });
  });

  itPassesAxeForEveryStory(stories);
});
