/** Vitest setup: the tests classify English posts, which need compromise's tagger loaded first, as the CLIs and the background do. */
import { loadEnglishTagger } from '../../src/classify/english';

await loadEnglishTagger();
