/** The options page's stored data, and how a section tells the user what it did. */
import { useEffect, useState } from 'preact/hooks';
import { pagesRead } from '@/src/store/query';
import { openDatabase, type PageRead, type StoredBrand } from '@/src/store/schema';

/** What a section says back to the user: a result, or an error. */
export type Say = (message: { text: string; error?: boolean }) => void;

/** The brands and pages stored, read again after anything that changes them. */
export function useStoredData(): { brands: StoredBrand[]; pages: PageRead[]; reload: () => Promise<void> } {
  const [brands, setBrands] = useState<StoredBrand[]>([]);
  const [pages, setPages] = useState<PageRead[]>([]);
  const reload = async () => {
    const db = await openDatabase();
    setBrands(await db.getAll('brands'));
    setPages(await pagesRead(db));
  };
  useEffect(() => {
    reload();
  }, []);
  return { brands, pages, reload };
}
