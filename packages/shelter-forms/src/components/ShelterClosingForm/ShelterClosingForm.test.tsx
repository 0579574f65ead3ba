import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { SHELTER } from '../../core/outbox/test-support';
import { testNow, testOutbox } from '../testSupport';
import { ShelterClosingForm } from './ShelterClosingForm';
import * as stories from './ShelterClosingForm.stories';

describe('ShelterClosingForm', () => {
  it('asks where remaining evacuees went, then queues the report without a check step when told', async () => {
    const user = userEvent.setup();
    const { outbox } = await testOutbox();
    const onQueued = vi.fn();
    render(
      <ShelterClosingForm
        outbox={outbox}
        shelterId={SHELTER}
        now={testNow}
        checkAnswers={false}
        onQueued={onQueued}
      />,
    );
    await user.type(
      await screen.findByRole('textbox', { name: /閉鎖時に残っていた避難者数/ }),
      '4',
    );
    await user.click(screen.getByRole('button', { name: 'この内容で報告する' }));
    expect(
      screen.getByRole('link', { name: '避難者の移動先：必須の項目です。' }),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /避難者の移動先/ }), '第二中学校');
    await user.click(screen.getByRole('button', { name: 'この内容で報告する' }));
    await screen.findByRole('heading', { name: 'この端末に保存しました' });
    expect(onQueued).toHaveBeenCalledWith(outbox.getSnapshot().entries[0]?.id);
    expect(outbox.getSnapshot().entries[0]?.report.data).toEqual({
      closedAt: '2026-12-01T12:05:00+09:00',
      remainingEvacuees: 4,
      evacueesMovedTo: '第二中学校',
    });
  });

  itPassesAxeForEveryStory(stories);
});
