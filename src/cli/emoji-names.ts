/**
 * Some sources of the labelled corpus stored emoji by their CLDR names (":red_heart_selector:",
 * ":OK_hand_medium-dark_skin_tone:"), as Python's emoji.demojize writes them; the pages Zendmeter reads
 * show the emoji. Training and evaluation read the names back as emoji, so the weights learn from text as
 * users' pages show it. The names come from emojibase-data (MIT), the Unicode CLDR annotations as packaged
 * for each Unicode release, rather than a table of our own.
 */
import emojis from 'emojibase-data/en/data.json';

/** "OK hand: medium-dark skin tone" → "OK_hand_medium-dark_skin_tone", as demojize spells a name. */
const nameOf = (label: string) => label.replace(/[:,]? /g, '_');

const EMOJI_BY_NAME = new Map(
  emojis.flatMap((emoji) => [
    [nameOf(emoji.label), emoji.emoji] as const,
    ...(emoji.skins ?? []).map((skin) => [nameOf(skin.label), skin.emoji] as const),
  ]),
);

/** demojize marks a variation selector with "_selector"; flags are named by their country alone. */
export function restoreEmoji(text: string): string {
  return text.replace(
    /:([A-Za-z][\w\-()’'.&!#*]*):/g,
    (whole, name: string) => EMOJI_BY_NAME.get(name.replace(/_selector$/, '')) ?? EMOJI_BY_NAME.get(`flag_${name}`) ?? whole,
  );
}
