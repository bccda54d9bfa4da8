/**
 * The two conditions every page is measured under. "Slow 4G" is Chrome DevTools' preset of that
 * name (devtools-frontend SDK/NetworkManager.ts, Slow4GConditions, the one Lighthouse's mobile
 * run also uses): 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up, 150 ms × 3.75 request latency.
 * DevTools scales the nominal figures that way because it throttles per request, not per packet.
 */
import type { CDPSession } from 'playwright-core';

export interface Profile {
  name: string;
  label: string;
  network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
  cpuRate: number;
}

export const UNTHROTTLED: Profile = {
  name: 'unthrottled',
  label: 'unthrottled',
  network: null,
  cpuRate: 1,
};

export const SLOW_4G_CPU_4: Profile = {
  name: 'slow4g-cpu4',
  label: 'Slow 4G + 4× CPU',
  network: {
    latency: 150 * 3.75, // 562.5 ms
    downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, // 180 000 B/s ≈ 1.44 Mbit/s
    uploadThroughput: ((750 * 1000) / 8) * 0.9, // 84 375 B/s ≈ 675 kbit/s
  },
  cpuRate: 4,
};

export const PROFILES = [UNTHROTTLED, SLOW_4G_CPU_4];

/** Applies a profile to a page's DevTools session before it navigates. */
export async function applyProfile(cdp: CDPSession, profile: Profile): Promise<void> {
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  if (profile.cpuRate !== 1) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
  }
}
