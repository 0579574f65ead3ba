import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { sampleBookingSeed } from '../../core/index';

const sampleServices = sampleBookingSeed().services;

import { ServicePicker } from './ServicePicker';
import * as stories from './ServicePicker.stories';

const { English, WithError } = composeStories(stories);

describe('ServicePicker', () => {
  it('lists each service with its length and places, as a required radio question', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const ref = createRef<HTMLFieldSetElement>();
    render(<ServicePicker ref={ref} services={sampleServices} onChange={onChange} />);
    expect(ref.current).toHaveAccessibleName(/相談の内容を選んでください/);
    expect(screen.getByText('※必須')).toBeInTheDocument();
    const welfare = screen.getByRole('radio', { name: '生活保護の相談' });
    expect(welfare).toHaveAccessibleDescription(
      /所要時間：60分 ／ 場所：支所の相談ブース、自宅から（ビデオ通話）/,
    );
    await user.click(welfare);
    expect(onChange).toHaveBeenCalledWith('welfare');
  });

  it('shows the error and puts the id on the first radio for the error summary', () => {
    const { container } = render(<WithError />);
    expect(container.querySelector('#serviceId')).toHaveAttribute('type', 'radio');
    expect(
      screen.getByText('相談の内容を選んでください', { selector: 'p *, p' }),
    ).toBeInTheDocument();
  });

  it('names services in the current locale', () => {
    render(<English />);
    expect(
      screen.getByRole('radio', { name: 'Moving to and settling in Uwajima' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Takes 30 minutes · Consultation booth at a branch office, From home (video call)',
      ),
    ).toBeInTheDocument();
  });

  itPassesAxeForEveryStory(stories);
});
