/** User settings kept in the extension's storage. */
import { storage } from 'wxt/utils/storage';

/** Inline badges on posts: off by default, switched in the popup. */
export const badgesSetting = storage.defineItem<boolean>('local:badges', { fallback: false });
