import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import type { SimulatedEngineOptions } from '../../core/simulated/SimulatedEngine';
import type { VideoSessionDetails } from '../../core/types';
import { classroom, demoDetails, demoEngine, joinThenWaitFor, specialist } from '../storySupport';
import { VideoPanel, type VideoPanelProps } from './VideoPanel';

type DemoProps = Omit<VideoPanelProps, 'session' | 'engine'> & {
  /** How the simulated session behaves. */
  simulation?: SimulatedEngineOptions;
  /** Overrides of the token service's answer. */
  details?: Partial<VideoSessionDetails>;
};

/** A panel on its own simulated engine (one per mount, like the portal's demo mode). */
function Demo({ simulation, details, ...props }: DemoProps) {
  const [engine] = useState(() => demoEngine(simulation));
  return <VideoPanel engine={engine} session={{ ...demoDetails, ...details }} {...props} />;
}

const meta = {
  title: 'Video/VideoPanel',
  component: Demo,
  tags: ['autodocs'],
  args: { simulation: { participants: [specialist] } },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Demo>;

export default meta;
type Story = StoryObj<typeof meta>;

const inSession = joinThenWaitFor();
const english = { userName: 'Hanako Yamada' };

/** Pre-join: camera preview (drawn, in demo mode), microphone level, pickers, name. */
export const PreJoin: Story = {};

/** The browser refused the camera and the microphone: how to allow them. */
export const PermissionDenied: Story = {
  args: { simulation: { deviceErrors: { camera: 'denied', microphone: 'denied' } } },
};

/** No camera on this device: joining with sound only is still possible. */
export const NoCamera: Story = { args: { simulation: { deviceErrors: { camera: 'missing' } } } };

/** Another app holds the camera. */
export const CameraInUse: Story = { args: { simulation: { deviceErrors: { camera: 'in-use' } } } };

/** The real camera and microphone (Storybook asks for permission); guidance where there are none. */
export const WithYourCamera: Story = { args: { simulation: { localMedia: 'device' } } };

/** Connecting (this simulated session never answers). */
export const Joining: Story = {
  args: { simulation: { joinDelayMs: Number.POSITIVE_INFINITY } },
  play: joinThenWaitFor('[data-phase="joining"]'),
};

/** A 1:1 consultation: the specialist large, the resident small. */
export const OneToOne: Story = { play: inSession };

/** The specialist's side: the host can end the call for everyone. */
export const AsHost: Story = {
  args: {
    details: { userName: '相談員 佐藤', role: 'host' },
    simulation: { participants: [{ id: 'resident', name: '山田 花子', speaking: true }] },
  },
  play: inSession,
};

/** Exchange class between two small schools: a gallery of 9. */
export const ClassroomGallery9: Story = {
  args: { defaultLayout: 'gallery', simulation: { participants: classroom(8) } },
  play: inSession,
};

/** A gallery of 25, the most on one page. */
export const ClassroomGallery25: Story = {
  args: { defaultLayout: 'gallery', simulation: { participants: classroom(24) } },
  play: inSession,
};

/** More people than a page holds (this engine renders 9 at once): page buttons appear. */
export const GalleryPaginated: Story = {
  args: {
    defaultLayout: 'gallery',
    simulation: { participants: classroom(20), maxRenderableVideos: 9 },
  },
  play: inSession,
};

/** The specialist shares a screen: the share is large, people in a strip. */
export const ScreenShare: Story = {
  args: { simulation: { participants: [{ ...specialist, sharing: true }] } },
  play: joinThenWaitFor('[data-sharing]'),
};

/** This person's connection is poor: bars, words and advice. */
export const PoorNetwork: Story = {
  args: {
    simulation: {
      participants: [specialist],
      script: [{ afterMs: 0, action: { type: 'network', id: 'self', quality: 'poor' } }],
    },
  },
  play: joinThenWaitFor('.machi-network[data-quality="poor"]'),
};

/** The connection dropped; the SDK reconnects by itself. */
export const Reconnecting: Story = {
  args: {
    simulation: {
      participants: [specialist],
      script: [{ afterMs: 0, action: { type: 'connection', state: 'reconnecting' } }],
    },
  },
  play: joinThenWaitFor('.machi-reconnecting'),
};

/** The specialist ended the consultation. */
export const EndedByHost: Story = {
  args: {
    simulation: {
      participants: [specialist],
      script: [{ afterMs: 0, action: { type: 'end', reason: 'ended-by-host' } }],
    },
    endedActions: <a href="#book">もう一度予約する</a>,
  },
  play: joinThenWaitFor('[data-phase="ended"]'),
};

/** Could not connect (e.g. an invalid or expired token): one clear message and a retry. */
export const FailedToConnect: Story = {
  args: { simulation: { joinError: 'connection-failed' } },
  play: joinThenWaitFor('[data-phase="ended"]'),
};

/** Pre-join in English. */
export const PreJoinEnglish: Story = { args: { details: english }, globals: { locale: 'en' } };

/** A 1:1 consultation in English. */
export const OneToOneEnglish: Story = {
  args: { details: english },
  globals: { locale: 'en' },
  play: inSession,
};

/** Pre-join in やさしい日本語. */
export const PreJoinEasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** A 1:1 consultation in やさしい日本語. */
export const OneToOneEasyJapanese: Story = { globals: { locale: 'ja-easy' }, play: inSession };

/** A phone: the controls wrap, the stage is shorter. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile' } }, play: inSession };

/** Pre-join on a phone. */
export const MobilePreJoin: Story = { globals: { viewport: { value: 'mobile' } } };

/** High contrast, in the session. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' }, play: inSession };

/** High contrast, before joining. */
export const HighContrastPreJoin: Story = { globals: { theme: 'high-contrast' } };
