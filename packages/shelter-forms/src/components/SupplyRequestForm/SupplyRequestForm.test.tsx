import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { SHELTER } from '../../core/outbox/test-support';
import { testNow, testOutbox } from '../testSupport';
import { SupplyRequestForm } from './SupplyRequestForm';
import * as stories from './SupplyRequestForm.stories';

describe('SupplyRequestForm', () => {
  it('adds a basic item in one tap, with its unit, and asks for the quantity', async () => {
    const user = userEvent.setup();
    const { outbox } = await testOutbox();
    render(
      <SupplyRequestForm outbox={outbox} shelterId={SHELTER} now={testNow} autosaveDelayMs={10} />,
    );
    await user.click(await screen.findByRole('button', { name: '＋毛布' }));
    const quantity = screen.getByRole('textbox', { name: /数量/ });
    expect(quantity).toHaveFocus();
    await user.type(quantity, '50');
    expect(screen.getByRole('combobox', { name: /品目/ })).toHaveValue('blankets');
    expect(screen.getByRole('combobox', { name: /単位/ })).toHaveValue('sheet');
    await waitFor(() =>
      expect(outbox.getSnapshot().entries[0]?.report.data).toMatchObject({
        requestedAt: '2026-12-01T12:05:00+09:00',
        items: [{ item: 'blankets', quantity: 50, unit: 'sheet' }],
      }),
    );
  });

  it('asks for at least one item, and for the name of an その他 item; removing a line returns to the add button', async () => {
    const user = userEvent.setup();
    const { outbox } = await testOutbox();
    render(
      <SupplyRequestForm outbox={outbox} shelterId={SHELTER} now={testNow} autosaveDelayMs={10} />,
    );
    await user.click(await screen.findByRole('button', { name: '確認へ進む' }));
    expect(
      screen.getByRole('link', { name: '要請する物資：1件以上入力してください。' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '1件追加する' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /品目/ }), 'その他');
    await user.type(screen.getByRole('textbox', { name: /数量/ }), '20');
    await user.selectOptions(screen.getByRole('combobox', { name: /単位/ }), '枚');
    await user.click(screen.getByRole('button', { name: '確認へ進む' }));
    const summary = screen.getByRole('region', { name: /入力内容を確認してください/ });
    const link = within(summary).getByRole('link', {
      name: '要請する物資 1件目 品名・詳細：品目が「その他」のときは、品名を入力してください。',
    });
    await user.click(link);
    expect(screen.getByRole('textbox', { name: /品名・詳細/ })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: '削除（1件目）' }));
    expect(screen.getByRole('button', { name: '1件追加する' })).toHaveFocus();
  });

  itPassesAxeForEveryStory(stories);
});
