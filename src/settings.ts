/** User settings kept in the extension's storage (storage permission). */
import { storage } from 'wxt/utils/storage';
import type { CustomCues } from './classify/lexicon';
import type { Platform } from './model/post';

/** Inline badges on posts: off by default, switched in the popup or the options. */
export const badgesSetting = storage.defineItem<boolean>('local:badges', { fallback: false });

/** Recording paused: pages are still read and shown, but nothing new is stored. */
export const recordingPausedSetting = storage.defineItem<boolean>('local:recordingPaused', { fallback: false });

/** Platforms the user switched off: their pages are not read. */
export const disabledSitesSetting = storage.defineItem<Platform[]>('local:disabledSites', { fallback: [] });

/** Interface language; 'auto' follows the browser. */
export const uiLanguageSetting = storage.defineItem<'auto' | 'en' | 'nl'>('local:uiLanguage', { fallback: 'auto' });

/** Cue words the user added, per language and tag, on top of the built-in lexicons. */
export const customCuesSetting = storage.defineItem<CustomCues>('local:customCues', { fallback: {} });

/** Months after which a post is forgotten (by its date, else by when it was recorded); null keeps everything, the default. */
export const retentionMonthsSetting = storage.defineItem<number | null>('local:retentionMonths', { fallback: null });

/** The retention periods the options offer. */
export const RETENTION_CHOICES = [3, 6, 12, 24] as const;

/** Accounts the user treats as one brand in the report (@forbes on X and forbes.com on Bluesky): a name and the brand keys ("x/forbes"). */
export interface BrandGroup {
  name: string;
  members: string[];
}

export const brandGroupsSetting = storage.defineItem<BrandGroup[]>('local:brandGroups', { fallback: [] });
