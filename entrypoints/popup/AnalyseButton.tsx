/** "Analyse this page": reads a page outside the supported sites, with the access the user's click grants (activeTab). */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang } from '@/src/model/model';

export function AnalyseButton({ lang }: { lang: Lang }) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const analyse = async () => {
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error('no active tab');
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
      setState('done');
    } catch {
      setState('failed');
    }
  };
  const labels = {
    idle: { en: 'Analyse this page', nl: 'Analyseer deze pagina' },
    done: { en: 'Reading the posts on this page…', nl: 'De berichten op deze pagina worden gelezen…' },
    failed: { en: 'This page cannot be read (browser pages and the web store are off limits).', nl: 'Deze pagina kan niet gelezen worden (browserpagina’s en de webwinkel zijn verboden terrein).' },
  };
  return state === 'idle' ? <button type="button" onClick={analyse}>{labels.idle[lang]}</button> : <p role="status">{labels[state][lang]}</p>;
}
