import { render, screen, within } from '@testing-library/react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { SAMPLE_NOW, sampleHistory, sampleShelters } from '../hq/sample';
import { ShelterDetail } from './ShelterDetail';
import * as stories from './ShelterDetail.stories';

describe('ShelterDetail', () => {
  it('lists every report newest first, corrected ones too, linked both ways', () => {
    const [shelter] = sampleShelters(1);
    render(<ShelterDetail shelter={shelter!} reports={sampleHistory()} now={SAMPLE_NOW} />);
    expect(screen.getByRole('heading', { level: 2, name: /丸之内小学校/ })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: '報告の履歴（4件）' }),
    ).toBeInTheDocument();
    const reports = [...document.querySelectorAll('.machi-detail__report')];
    expect(
      reports.map((report) => report.querySelector('.machi-detail__report-name')?.textContent),
    ).toEqual(['物資要請', '状況報告 第2報', '状況報告 第2報', '開設報告']);
    const [, correction, corrected] = reports as HTMLElement[];
    expect(corrected).toHaveAttribute('data-superseded', 'true');
    expect(within(corrected!).getByText('訂正済み')).toBeInTheDocument();
    expect(within(corrected!).getByRole('link', { name: '訂正後の報告を見る' })).toHaveAttribute(
      'href',
      `#${correction!.id}`,
    );
    expect(within(correction!).getByRole('link', { name: '訂正前の報告を見る' })).toHaveAttribute(
      'href',
      `#${corrected!.id}`,
    );
    expect(within(corrected!).getByText('210')).toBeInTheDocument();
    expect(within(correction!).getByText('120')).toBeInTheDocument();
    expect(screen.getByText('物資の状況：調達')).toBeInTheDocument();
    expect(
      screen.getByText('12月1日(火) 12:46 受付（端末で作成 12月1日(火) 12:45）'),
    ).toBeInTheDocument();
  });

  it('marks a silent shelter 報告途絶', () => {
    const shelter = sampleShelters(1)[0]!;
    render(<ShelterDetail shelter={shelter} reports={[]} now={SAMPLE_NOW + 5 * 60 * 60_000} />);
    expect(screen.getByText('報告途絶')).toBeInTheDocument();
    expect(screen.getByText('5時間0分前')).toBeInTheDocument();
    expect(screen.getByText('まだ報告がありません')).toBeInTheDocument();
  });

  itPassesAxeForEveryStory(stories);
});
