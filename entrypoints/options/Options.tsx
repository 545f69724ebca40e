/** The options page: which sites are read, language, badges, your own cue words, your data, and the pages read. */
import { useState } from 'preact/hooks';
import { t } from '@/src/ui/i18n';
import { PageTitle } from '@/src/ui/PageTitle';
import { BadgesSection } from './BadgesSection';
import { CuesSection } from './CuesSection';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';
import { PagesReadSection } from './PagesReadSection';
import { SitesSection } from './SitesSection';
import { type Say, useStoredData } from './useStoredData';

export function Options() {
  const { brands, pages, reload } = useStoredData();
  const [message, setMessage] = useState<Parameters<Say>[0] | null>(null);
  return (
    <main>
      <PageTitle>{t('optionsTitle')}</PageTitle>
      {message && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      <SitesSection />
      <LanguageSection />
      <BadgesSection />
      <CuesSection say={setMessage} />
      <DataSection brands={brands} reload={reload} say={setMessage} />
      <PagesReadSection pages={pages} />
    </main>
  );
}
