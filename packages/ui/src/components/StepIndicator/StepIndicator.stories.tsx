import type { Meta, StoryObj } from '@storybook/react-vite';
import { StepIndicator, type StepIndicatorStep, type StepStatus } from './StepIndicator';

const bookingSteps = ['相談の種類', '日時を選ぶ', '連絡先', '確認'];

function at(labels: readonly string[], currentIndex: number): StepIndicatorStep[] {
  return labels.map((label, index) => {
    const status: StepStatus =
      index < currentIndex ? 'complete' : index === currentIndex ? 'current' : 'upcoming';
    return { label, status };
  });
}

const meta = {
  title: 'Navigation/StepIndicator',
  component: StepIndicator,
  tags: ['autodocs'],
  args: { steps: at(bookingSteps, 1) },
} satisfies Meta<typeof StepIndicator>;

export default meta;
type Story = StoryObj<typeof meta>;

/** On step 2 of 4. */
export const Default: Story = {};

/** The first step. */
export const FirstStep: Story = { args: { steps: at(bookingSteps, 0) } };

/** The last step (check answers). */
export const LastStep: Story = { args: { steps: at(bookingSteps, 3) } };

/** All done (the confirmation page). */
export const AllComplete: Story = { args: { steps: at(bookingSteps, 4) } };

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  args: { steps: at(['Type of consultation', 'Date and time', 'Contact details', 'Check'], 1) },
};

/** やさしい日本語, with furigana in a label. */
export const EasyJapanese: Story = {
  globals: { locale: 'ja-easy' },
  args: {
    steps: [
      { label: 'なにを 相談するか', status: 'complete' },
      {
        label: (
          <>
            <ruby>
              日<rt>ひ</rt>
            </ruby>
            と 時間
          </>
        ),
        status: 'current',
      },
      { label: 'れんらくさき', status: 'upcoming' },
      { label: 'たしかめる', status: 'upcoming' },
    ],
  },
};

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** Phone width: collapses to "ステップ2/4：日時を選ぶ". */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };

/** In a narrow column on a wide screen it collapses too (it follows its container). */
export const NarrowContainer: Story = {
  render: (args) => (
    <div style={{ width: 320 }}>
      <StepIndicator {...args} />
    </div>
  ),
};
