/**
 * Imported by the tests that classify English posts (and by the harness that makes classified posts): they need
 * compromise's tagger loaded first, as the CLIs and the background do. The other test files skip its ~0.5 s load.
 */
import { loadEnglishTagger } from '../../src/classify/english';

await loadEnglishTagger();
