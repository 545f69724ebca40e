/** "Analyse this page": reads a page outside the supported sites, with the access the user's click grants (activeTab). */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/src/ui/i18n';

export function AnalyseButton() {
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
  const label = { idle: 'analyseThisPage', done: 'analysing', failed: 'cannotAnalyse' }[state];
  return state === 'idle' ? (
    <button type="button" onClick={analyse}>
      {t(label)}
    </button>
  ) : (
    <p role="status">{t(label)}</p>
  );
}
